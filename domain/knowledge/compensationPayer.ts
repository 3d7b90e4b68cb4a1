import { normalizeQuestion } from './normalizeQuestion';

/** The citizen pays ("ik moet ... betalen", "do I have to pay"): a compensation order explained to the payer. */
const PAYS =
  /\b(moet ik|ik moet|betalen|betaal|must i|do i have to|i have to|i must|pay|muss ich|ich muss|zahlen|musze|czy musze|zaplacic|placic)\b/;
const VICTIM = /slachtoffer|victim|opfer|ofiar|dader|offender|tater|sprawc|aan mij|to me|an mich|mnie/;

/** Whether a question about a compensation order comes from the one who pays it, not the victim. */
export function asksAsPayer(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return (PAYS.test(normalized) && !VICTIM.test(normalized)) || paysCompensationOrder(text);
}

/** The one who must pay a compensation order (not the victim who receives it). */
const PAYS_COMPENSATION =
  /\b(zu|tot|to pay|na) (\w+ ){0,2}(schadenersatz|schadevergoeding\w*|compensation|damages|odszkodowani\w*) (verurteilt|veroordeeld)|\b(veroordeeld tot|verurteilt zu|skazan\w* na|ordered to pay) (\w+ ){0,3}(schadevergoeding\w*|schadenersatz|compensation|damages|odszkodowani\w*)|\b(i|ik|ich|me|mij|mich|mnie)\b( \w+){0,5} (ordered to pay|veroordeeld tot|have to pay|must pay|moet|moest|verurteilt|muss|musze|mam zaplacic)( \w+){0,4} (compensation|damages|schadevergoeding\w*|schadenersatz|schmerzensgeld|odszkodowani\w*|nawiazk\w*)|\b(compensation|schadevergoeding\w*|schadenersatz|odszkodowani\w*)( \w+){0,4} (to the victim|aan het slachtoffer|an das opfer|an den geschadigten|ofierze|poszkodowanemu)|\b(ik heb|i have|i got|ich habe|mam|dostalem|dostalam)( een| a| eine| einen)? (schadevergoedingsmaatregel|compensation order|schadenersatzma\w*|srodek kompensacyjny)/;
const TO_ME =
  /\b(aan mij|to me|me compensation|pay me|mij (\w+ )?betalen|an mich|mir (\w+ )?zahlen|mi (\w+ )?zaplacic|zaplacic mi)\b/;
/** The one who pays a compensation order, asking as such. */
export function paysCompensationOrder(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return PAYS_COMPENSATION.test(normalized) && !TO_ME.test(normalized);
}
