/**
 * Two things a caller asks of the line itself, not of the dialogs: "hallo? bent u daar nog?" (is
 * anyone there: the question again, not an answer to it) and "kunt u wat langzamer praten" (the
 * voice slower for the rest of the call, and the last prompt again). And a repetition of the
 * welcome says its menu, not the notice that this is a computer once more.
 */
import { normalizeText } from '../../domain/language/normalizeText';
import type { RepeatablePrompt } from './repeatRequest';
import { sentences } from './speakable';

const LINE_CHECK = [
  /^(hallo|hello|helo|halo|hallo hallo|hello hello|hej|hi)( (daar|there|da|tam))?$/,
  /^((hallo|hello|halo|ja|yes) )?(bent u (er )?(daar|nog)( (daar|nog))?|is daar iemand|is er iemand|are you (still )?there|is anyone there|anybody there|sind sie (noch )?da|ist da (noch )?jemand|jest tam ktos|czy ktos tam jest|halo jest tam ktos)$/,
];

/** "Hallo?", "hello, are you still there?", "sind Sie noch da?", "halo, jest tam ktoś?". */
export function isLineCheck(text: string | undefined): boolean {
  if (!text) return false;
  const normal = normalizeText(text);
  // A bare "hallo" is a greeting; with a question mark (or asking who is there) it checks the line.
  return LINE_CHECK[1].test(normal) || (/\?\s*$/.test(text) && LINE_CHECK[0].test(normal));
}

const SLOWER = [
  /\b(langzamer|rustiger|wat trager|minder snel)\b.*\b(praten|spreken|zeggen|voorlezen|alstublieft|aub|graag)?\b/,
  /\b(praat|spreek|spreekt|praten|spreken)\b.*\b(langzamer|rustiger|te snel|zo snel)\b/,
  /\b(te snel|zo snel)\b/,
  /\b(speak|talk|go)\b.*\b(slower|more slowly|slowly)\b/,
  /\b(too fast|so fast|slow down)\b/,
  // "Slower please", "a bit more slowly": the bare words only ("can I pay slower" is about paying).
  /^((sorry|please|uh|um|a|bit|little|lot|much) )*(slower|more slowly)( please| thanks| thank you)?$/,
  /\b(langsamer|zu schnell|so schnell)\b/,
  /\b(wolniej|za szybko|tak szybko)\b/,
];

/** "Kunt u wat langzamer praten?", "please speak more slowly", "langsamer bitte", "proszę mówić wolniej". */
export function asksToSpeakSlower(text: string | undefined): boolean {
  if (!text) return false;
  const normal = normalizeText(text);
  // About the number only ("het nummer langzaam"), the number is said slowly (repeatRequest).
  if (/\b(nummer|number|nummer|numer|referentie|reference)\b/.test(normal)) return false;
  return SLOWER.some((cue) => cue.test(normal));
}

/** The voice slowed down: every sentence of the SSML inside one prosody element. */
export function slowedDown(speak: string): string {
  if (speak.includes('<prosody rate=')) return speak;
  return speak.replace(/(<voice\b[^>]*>)([\s\S]*)(<\/voice>)/, '$1<prosody rate="slow">$2</prosody>$3');
}

/**
 * The welcome as it is said again: without its opening (the notice that this is a computer and what
 * it does), which the caller heard once; the menu and its choices stay.
 */
export function withoutOpening(prompt: RepeatablePrompt[]): RepeatablePrompt[] {
  const [first, ...rest] = prompt;
  const cut = first?.text.indexOf('\n') ?? -1;
  if (!first || cut < 0) return prompt;
  const opening = sentences(first.text.slice(0, cut)).length;
  let speak = first.speak;
  for (let i = 0; i < opening && speak; i++) speak = speak.replace(/<s>[\s\S]*?<\/s>/, '');
  return [{ ...first, text: first.text.slice(cut + 1).trim(), speak }, ...rest];
}
