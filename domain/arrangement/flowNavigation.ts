import { normalizeText } from '../language/normalizeText';

/*
 * Moving within the arrangement flow in the citizen's words, nl/en/de/pl (normalised: no diacritics,
 * no punctuation): one step back ("terug", "go back", "zurück", "wstecz"), keeping what was given;
 * or the request from the start ("ik wil opnieuw beginnen", "start over", "von vorne", "od nowa").
 */

const LEAD = '(?:(?:nee|no|nein|nie|wacht|wait|warte|czekaj|sorry|oh|ok|oke|okay|hmm+|eh|uh)\\s+)*';
const POLITE = '(?:\\s+(?:graag|alstublieft|aub|even|maar|please|pls|bitte|mal|prosze|dan|then|dann))*';

const BACK = [
  // nl
  '(ik wil |kan ik |kunnen we |mag ik )?(een stap |even |weer )?(ga |gaan )?terug( gaan)?( naar (de |het )?(vorige|vorig)( stap| vraag| scherm)?)?',
  '(naar )?(de )?vorige( stap| vraag)?',
  // en
  '(i want to |id like to |can i |can we |let me |lets )?(go |step )?back( one step| a step| to the previous (step|question))?',
  '(the )?previous( step| question)?',
  'undo( that)?',
  // de
  '(ich mochte |kann ich |konnen wir )?(einen schritt |nochmal )?zuruck( gehen)?( bitte)?',
  '(zum )?vorherige[nr]? (schritt|frage)',
  // pl
  '(chce |mozna |czy mozna )?(wroc\\w*|cofnij( sie)?|cofnac( sie)?|wstecz|krok wstecz|do tylu)',
  '(poprzedni\\w*)( krok| pytanie)?',
].join('|');
const GOING_BACK = new RegExp(`^${LEAD}(?:${BACK})${POLITE}$`);

/** "Terug", "vorige", "go back", "zurück", "wstecz": one step back, the rest kept. Only a short message of such words. */
export function asksToGoBack(text: string): boolean {
  return GOING_BACK.test(normalizeText(text).trim());
}

const OVER =
  /\b(opnieuw (beginnen|starten|begin\w*)|(begin|start) (\w+ )?opnieuw|overnieuw|van voor af aan|vanaf het begin|helemaal opnieuw|start (it )?over|start (\w+ )?again|begin again|from (the )?(start|beginning|scratch)|restart|start from scratch|von (vorne|vorn|anfang an)|neu (anfangen|beginnen|starten)|nochmal (anfangen|beginnen)|neustart|od (nowa|poczatku)|zacznij\w* (jeszcze raz|od nowa)|jeszcze raz od)\b/;
/** "Wie oft", "how to restart my car": no. A message about starting the request again. */
export function asksToStartOver(text: string): boolean {
  const normal = normalizeText(text);
  return OVER.test(normal) && normal.split(' ').length <= 12;
}
