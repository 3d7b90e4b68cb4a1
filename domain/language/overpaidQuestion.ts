import { normalizeText } from './normalizeText';

/**
 * "Ik denk dat ik te veel heb betaald", "I paid twice", "ich habe zu viel überwiesen", "nadpłaciłem":
 * once the fines are looked up, answered from what the record shows as received.
 */
const OVERPAID = [
  /\b(te ?veel|dubbel|twee ?keer|2 ?keer|meer dan (nodig|de boete))\b.*\b(betaald|overgemaakt|gestort|afgeschreven)\b/,
  /\b(betaald|overgemaakt|gestort)\b.*\b(te ?veel|dubbel|twee ?keer|2 ?keer)\b/,
  /\b(overpaid|paid (too much|twice|double|more than)|transferred (too much|twice)|paid it twice)\b/,
  // "I have paid my fine twice by mistake", "so how do I get my money back?" (a refund of a payment, not of a debit).
  /\b(paid|payed|transferred)( \w+){0,3} (twice|double|two times|2 times)\b/,
  /^(?!.*\b(afgeschreven|debit\w*|abgebucht|pobra\w*)\b).*\b(refund|money back|geld terug|geld zuruck|zwrot pieniedzy)\b/,
  /\b(zu ?viel|doppelt|zweimal|2 ?mal)\b.*\b(bezahlt|uberwiesen|gezahlt)\b/,
  /\b(bezahlt|uberwiesen|gezahlt)\b.*\b(zu ?viel|doppelt|zweimal)\b/,
  /\b(nadplac\w*|nadplat\w*|za duzo (zaplacil\w*|przelal\w*|wplacil\w*)|(zaplacil\w*|przelal\w*|wplacil\w*) (za duzo|dwa razy|podwojnie))\b/,
];

export function asksIfOverpaid(message: string): boolean {
  const text = normalizeText(message);
  return OVERPAID.some((cue) => cue.test(text));
}
