/**
 * "¿Cómo puedo pagar desde España?", "comment payer depuis la France ?", "come pagare dall'Italia?": paying
 * from abroad asked in a language the assistant does not speak (answered in English after the notice).
 * The intent model knows only nl/en/de/pl words and hears a general "how to pay"; what such a citizen
 * needs is the living-abroad answer: a bank transfer in euros to the IBAN on the letter (DOMAIN.md §2.2).
 * Works on normalizeQuestion's text (no diacritics, no punctuation).
 */
const PAY = /\b(pagar|pago|pagare|pagamento|payer|paiement|regler)\b/;
/** "desde España", "depuis l'étranger", "dall'estero": from another country, in French, Spanish, Italian, Portuguese. */
export const FROM_ABROAD =
  /\b(desde|depuis|dall|dalla|dal|do|da) (el |la |le |l ?|o |a )?(espana|extranjero|exterior|francia|francie|france|etranger|italia|italie|estero|portugal|estrangeiro|belgica|belgique|alemania|allemagne|germania|otro pais|autre pays|altro paese|mi pais|mon pays)\b|\b(a|al|en|de|from) l? ?(extranjero|etranger|estero|estrangeiro)\b|\bdall?(italia|estero)\b/;

export function paysFromAbroadInOtherLanguage(normalized: string): boolean {
  return PAY.test(normalized) && FROM_ABROAD.test(normalized);
}
