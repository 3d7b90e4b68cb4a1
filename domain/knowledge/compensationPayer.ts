import { normalizeQuestion } from './normalizeQuestion';

/** The citizen pays ("ik moet ... betalen", "do I have to pay"): a compensation order explained to the payer. */
const PAYS =
  /\b(moet ik|ik moet|betalen|betaal|must i|do i have to|i have to|i must|pay|muss ich|ich muss|zahlen|musze|czy musze|zaplacic|placic)\b/;
const VICTIM = /slachtoffer|victim|opfer|ofiar|dader|offender|tater|sprawc|aan mij|to me|an mich|mnie/;

/** Whether a question about a compensation order comes from the one who pays it, not the victim. */
export function asksAsPayer(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return PAYS.test(normalized) && !VICTIM.test(normalized);
}
