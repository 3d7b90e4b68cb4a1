/**
 * A question about paying that only the record can answer, asked before the fines were looked up
 * ("I already paid this, why a reminder?", "I paid twice, can I get a refund?", "will it go up if I
 * pay next week?"): kept as its kind (never the words) and answered once the lookup shows the fines.
 */
import { asksIfOverpaid } from '../language/overpaidQuestion';
import { normalizeText } from '../language/normalizeText';

export type QuestionBeforeLookup = 'overpaid' | 'paidNotSeen' | 'increaseIfLater' | 'instalmentUnpaid';

/** "Can I get a refund?", "how do I get my money back?", "Geld zurück", "zwrot pieniędzy". */
const REFUND =
  /\b(refund\w*|money back|reimburs\w*|geld terug|terugbetal\w*|terugstort\w*|terug ?krijgen|ruckerstatt\w*|erstatt\w*|geld zuruck|zuruckuberweis\w*|zwrot\w*|oddac pieniadze|odzyskac pieniadze)\b/;

/** "I already paid", "ik heb al betaald", "ich habe schon bezahlt", "już zapłaciłem". */
const ALREADY_PAID = [
  /\bi (have |ve |had )?(already |just |did |have already )?paid\b/,
  /\b(already|allready) paid\b/,
  /\bik heb (het |hem |die |deze |de boete |dat )?(al |toch |wel |allang |gewoon )+(betaald|overgemaakt)\b/,
  /\b(heb|had) (al|allang|reeds) (betaald|overgemaakt)\b/,
  /\b(schon|bereits|doch|langst) (bezahlt|uberwiesen|gezahlt)\b/,
  /\b(juz|przeciez) (zaplacil\w*|przelal\w*|wplacil\w*|oplacil\w*)\b/,
  /\b(zaplacilem|zaplacilam|oplacilem|oplacilam|przelalem|przelalam|wplacilem|wplacilam)\b/,
  // Words between: "ich habe die Strafe schon vor zwei Wochen überwiesen", "I transferred it 3 weeks ago".
  /\bich (habe|hab)\b.*\b(schon|bereits|doch)\b.*\b(bezahlt|uberwiesen|gezahlt)\b/,
  /\bik heb\b.*\b(al|toch|allang|reeds)\b.*\b(betaald|overgemaakt)\b/,
  /\bi (have |ve )?(already )?(transferred|wired|sent) (it|the money|the amount|the payment)\b/,
];

/** "Is mijn boete al betaald?", "ist die Strafe schon bezahlt?": asks the record, says nothing was paid. */
const ASKS_IF_PAID = /^(is|has|have|was|did|ist|hat|wurde|czy|heeft|werd)\b/;

/** "Ich habe noch nicht bezahlt", "ik heb nog niet betaald": nothing paid to look for. */
const NOT_PAID =
  /\b(not (yet )?paid|havent (yet )?paid|never paid|niet betaald|nog niet|nooit betaald|nicht bezahlt|noch nicht|nie zaplacil\w*|jeszcze nie)\b/;

/** "Goes up", "wordt het duurder", "wird es teurer", "czy wzrośnie": a rise in the amount. */
const RISES =
  /\b(go(es)? up|going up|increase\w*|more expensive|higher|extra|omhoog|duurder|hoger|verhoog\w*|teurer|hoher|erhoh\w*|mehr|drozej|wzrosnie|wzrosnac|podwyz\w*|wiecej)\b/;
/** "If I pay next week", "als ik later betaal", "wenn ich nächste Woche zahle", "jeśli zapłacę później". */
const PAYING_LATER =
  /\b(if|when|als|wanneer|wenn|falls|jesli|jezeli|gdy)\b.*\b(next week|later|tomorrow|next month|in a few days|volgende week|later|morgen|volgende maand|nachste woche|spater|nachsten monat|w przyszlym tygodniu|pozniej|jutro|za tydzien)\b/;

/** "How do I get my money back?": asks how a refund goes, beside what the record shows as received. */
export function asksForRefund(message: string): boolean {
  return REFUND.test(normalizeText(message));
}

export function questionBeforeLookup(message: string): QuestionBeforeLookup | undefined {
  const text = normalizeText(message);
  if (!text) return undefined;
  if (asksIfOverpaid(text) || REFUND.test(text)) return 'overpaid';
  if (ALREADY_PAID.some((cue) => cue.test(text)) && !ASKS_IF_PAID.test(text) && !NOT_PAID.test(text))
    return 'paidNotSeen';
  if (RISES.test(text) && PAYING_LATER.test(text)) return 'increaseIfLater';
  return undefined;
}
