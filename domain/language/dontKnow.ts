/** "Ik weet het niet", "no idea", "keine Ahnung", "nie wiem": the citizen cannot answer the question. */
import { normalizeText } from './normalizeText';

const DONT_KNOW =
  /\b(weet (ik )?(het |dat )?niet|geen idee|geen flauw idee|(i )?dont know|(i )?do not know|not sure|no idea|no clue|weiss (ich )?(es |das )?nicht|keine ahnung|nie wiem|nie mam pojecia)\b/;

export function saysDontKnow(text: string): boolean {
  return DONT_KNOW.test(normalizeText(text));
}
