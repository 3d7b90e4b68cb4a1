/**
 * Payment links on messaging channels. The CJIB never sends a fine or a payment request by SMS or
 * WhatsApp (DOMAIN.md §5), and fraudsters do exactly that; so the assistant does not push a link
 * to pay there unless the citizen asked for a link in the same turn.
 */

const URL_PATTERN = /\bhttps?:\/\/[^\s<>()"]+/gi;
/** A path segment that is the act of paying (not an information page such as "betalen-delen-aanvragen"). */
const PAY_SEGMENT =
  /\/(betalen|betaal|betaling|pay|payment|ideal|checkout|zahlen|zahlung|platnosc|oplac|oplata)(?:\/|\?|#|$)/i;
/** Host name parts of payment providers and payment requests ("betaalverzoek.rabobank.nl", "pay.example"). */
const PAY_HOST_LABELS = new Set([
  'ideal',
  'tikkie',
  'mollie',
  'adyen',
  'stripe',
  'paypal',
  'buckaroo',
  'wero',
  'betaalverzoek',
  'pay',
  'payment',
  'payments',
  'checkout',
]);
/** The citizen asked for a link or the web address. */
const ASKED_FOR_LINK =
  /\b(link|url|betaallink|webadres|website|adres van de site|zahlungslink|webseite|adres strony|strona)\b/i;

export function isPaymentUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (
      parsed.hostname
        .toLowerCase()
        .split('.')
        .some((label) => PAY_HOST_LABELS.has(label))
    )
      return true;
    if (/[?&](amount|bedrag|betrag|kwota)=/i.test(parsed.search)) return true;
    return PAY_SEGMENT.test(parsed.pathname + parsed.search);
  } catch {
    return false;
  }
}

export function askedForLink(citizenText: string | undefined): boolean {
  return ASKED_FOR_LINK.test(citizenText ?? '');
}

/** The text with every payment URL replaced by `replacement`; unchanged when there is none. */
export function withoutPaymentLinks(text: string, replacement: string): string {
  return text.replace(URL_PATTERN, (url) => {
    const clean = url.replace(/[.,;:!?]+$/, '');
    return isPaymentUrl(clean) ? replacement + url.slice(clean.length) : url;
  });
}
