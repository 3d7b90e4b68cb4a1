import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Heb ik nou 2 keer aangevraagd?", "did I apply twice?", "habe ich das doppelt beantragt?",
 * "czy złożyłem dwa wnioski?": whether the request was filed more than once (it never is: one
 * request per idempotency key, DOMAIN.md §1).
 */
const TWICE =
  / (2|twee|two|zwei|dwa|dwie) (keer|maal|times|mal|razy|aanvragen|requests|applications|antrage|wnioski)|twice|dubbel\w*|double\w*|zweimal|doppelt|podwojn\w*/;
const FILED =
  /aangevraagd|aanvra\w*|verstuurd|verzonden|ingediend|gestuurd|applied|requested|request\w*|appl\w*|sent|submitted|filed|beantragt|antra\w*|geschickt|gesendet|abgeschickt|eingereicht|wnios\w*|zlozyl\w*|wyslal\w*|wyslan\w*|zlozon\w*/;

export function asksIfFiledTwice(message: string): boolean {
  const text = normalizeQuestion(message);
  return TWICE.test(text) && FILED.test(text);
}
