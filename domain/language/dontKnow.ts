/** "Ik weet het niet", "no idea", "keine Ahnung", "nie wiem": the citizen cannot answer the question. */
import { normalizeText } from './normalizeText';

const DONT_KNOW =
  /\b(weet (ik )?(het |dat )?(echt |ook |gewoon |zo )?niet|geen idee|geen flauw idee|(i )?(really )?dont know|(i )?(really )?do not know|not sure|no idea|no clue|weiss (ich )?(es |das )?(wirklich |echt )?nicht|keine ahnung|nie wiem|nie mam pojecia)\b/;

/** "Wat bedoel je?", "ik snap het niet", "what do you mean?", "Ich verstehe nicht", "nie rozumiem". */
const NOT_UNDERSTOOD =
  /\b(wat bedoel (je|jij|u)|wat bedoelt u|(ik )?(snap|begrijp) (het|er|dat|dit) (niet|niks|niets)|(ik )?(snap|begrijp) (het )?niet|what do you mean|what does that mean|(i )?(dont|do not) (understand|get it)|was (meinen|meinst) (sie|du)|was (heisst|bedeutet) das|(ich )?verstehe (das |es |sie )?nicht|nie rozumiem|co (to znaczy|pan ma na mysli|masz na mysli))\b/;

export function saysDontKnow(text: string): boolean {
  return DONT_KNOW.test(normalizeText(text));
}

/**
 * A short "keine Ahnung", "weet ik niet hoor": nothing but not knowing, which a recogniser may still
 * place in some topic. Longer text ("ik weet niet hoe ik moet betalen") can be a question.
 */
export function saysOnlyDontKnow(text: string): boolean {
  const normal = normalizeText(text);
  return DONT_KNOW.test(normal) && normal.split(' ').length <= 5;
}

/** The citizen does not understand the question just asked. */
/** "Huh?", "wat?", "wie bitte?", "co?" on their own, or a bare "?". */
const WHAT = /^(huh|he|hae|ha|wat|watte|what|pardon|sorry|wie bitte|bitte|was|co|slucham)$/;

export function saysNotUnderstood(text: string): boolean {
  const normal = normalizeText(text);
  if (!normal) return /^[\s?!.]*\?[\s?!.]*$/.test(text);
  return NOT_UNDERSTOOD.test(normal) || (/\?/.test(text) && WHAT.test(normal));
}
