import { normalizeText } from './normalizeText';

/**
 * "Ik wil gewoon weten wat ik moet betalen", "I just want to know what I have to pay", "ich will nur
 * wissen, was ich zahlen muss", "chcę tylko wiedzieć, ile mam zapłacić": the citizen wants the amount
 * owed, which the lookup tells; the words "betalen"/"pay" made it read as how to pay.
 */
const WANTS_TO_KNOW =
  /\b(weten|zien|know|see|find out|wissen|sehen|erfahren|wiedziec|sprawdzic|dowiedziec sie)\b/;
const WHAT_IS_OWED = new RegExp(
  [
    '\\b(wat|hoeveel) (ik )?(nog )?(moet|moet ik|ik moet) (nog )?(betalen|betaal|ik betalen)\\b',
    '\\b(what|how much) (i|do i) (still )?(have to|must|need to|owe|should) ?(pay)?\\b',
    '\\b(was|wie ?viel) ich (noch )?(zahlen|bezahlen|schulde)\\b',
    '\\bile (jeszcze )?(mam|musze|powinienem|powinnam) (jeszcze )?(za)?placic\\b',
  ].join('|'),
);

export function asksWhatIsOwed(text: string): boolean {
  const normal = normalizeText(text);
  return WANTS_TO_KNOW.test(normal) && WHAT_IS_OWED.test(normal);
}
