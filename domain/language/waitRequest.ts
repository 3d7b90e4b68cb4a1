/**
 * "Momentje", "wacht even, ik zoek de brief", "hold on, let me find the letter", "Moment bitte",
 * "chwileczkę": the citizen needs a moment before answering. Not a misunderstanding, and not a
 * lost letter: the assistant waits.
 */
import { normalizeText } from './normalizeText';

/** Fillers before it; not "nee"/"no": "nee wacht, …" corrects what was said. */
const LEAD = '(?:(?:ok|oke|okay|sorry|ja|eh|ehm|uh|euh|um|uhm|yes|tak|hmm|even|effe)\\s+)*';
const WAIT = [
  // nl
  'wacht(?: even| eens| ff| effe| heel even| een moment(?:je)?| maar)?',
  'moment(?:je)?',
  'ogenblik(?:je)?',
  '(?:even|effe|ff) wachten',
  // en
  'hold on',
  'hang on',
  'wait(?: a)?(?: sec| second| moment| minute)?',
  '(?:one|just a|give me a) (?:sec|second|moment|minute)',
  // de
  'einen moment',
  'augenblick',
  'warten sie',
  'kurz warten',
  // pl
  'chwil(?:ecz)?(?:ke|ka|e)',
  'zaraz',
  'poczekaj(?:cie)?',
  'prosze poczekac',
].join('|');
const PLEASE = '(?: (?:graag|aub|alstublieft|alsjeblieft|please|bitte|prosze|mal))?';
/** "ik zoek de brief", "let me find the letter", "ich suche den Brief", "szukam listu". */
const SEARCH =
  '(?:(?:ik|i|ich|let me|ill|i will|i am|im)(?: even| ff| mal| just)? )?(?:zoek|pak|haal|kijk|find|get|check|look|looking|getting|suche|hole|schaue|szukam|poszukam)\\b.*';
/** Without a word for waiting, only looking for the letter or the number itself. */
const SEARCH_LETTER =
  '(?:(?:ik|i|ich|let me|ill|i will|i am|im)(?: even| ff| mal| just)? )?(?:zoek|pak|haal|find|get|looking for|getting|suche|hole|szukam|poszukam)(?: even| ff| mal)? (?:(?:de|het|mijn|the|my|den|die|meinen|meine|mein) )?(?:brief|nummer|letter|number|schreiben|list|listu|pismo|pisma|numer|numeru)\\b.*';
/** After a word for waiting, what the citizen must do first: "ik moet de brief even zoeken", "I need to find the letter". */
const MUST_LOOK =
  '.*\\b(?:zoeken|opzoeken|kijken|nakijken|pakken|halen|find|check|look|get|suchen|schauen|nachsehen|nachschauen|holen|poszukac|szukac|sprawdzic|znalezc|zobaczyc)\\b.*';
const WAITING = new RegExp(`^${LEAD}(?:(?:${WAIT})${PLEASE}(?: ${SEARCH}| ${MUST_LOOK})?|${SEARCH_LETTER})$`);

/** "Wait, where do I find that number again?": a question after the word for waiting, to be answered. */
const QUESTION_AFTER_WAIT =
  /\b(?:wacht|wait|warte|czekaj)\w*(?: even| eens| a (?:sec|second|moment)| mal)?,? (?:waar|hoe|wat|welk\w*|where|how|what|which|wo|wie|was|welch\w*|gdzie|jak|co|ktor\w*)\b/;

export function asksToWait(text: string): boolean {
  const normal = normalizeText(text);
  // "Wacht, het is 9698 …" carries the answer itself.
  if (/\d/.test(normal)) return false;
  if (QUESTION_AFTER_WAIT.test(normal)) return false;
  // "Nee wacht" on its own: a correction is coming; waiting for it is the kind answer.
  if (/^(nee|no|nein|nie),? (wacht|wait|warte|czekaj)( even| eens| a (sec|second|moment)| mal| chwile)?$/.test(normal))
    return true;
  return normal.split(' ').length <= 14 && WAITING.test(normal);
}
