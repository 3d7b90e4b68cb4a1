/**
 * "Jullie zijn echt oplichters, 3x de boete, ik wil een klacht indienen": a complaint about the CJIB
 * in angry words, not a question whether a message is fake. The scam cues hear "oplichters"; the
 * complaint words and the absence of any message, link or payment request say it is a complaint.
 * Works on the normalised question (see normalizeQuestion).
 */

const COMPLAINT =
  /\b(klacht\w*|klagen|klaag|complain\w*|ombudsman|beschwer\w*|reklamation|skarg\w*|reklamac\w*)\b/;

/** Calling the CJIB itself a fraud: "jullie zijn oplichters", "you are scammers", "ihr seid Betrüger". */
const CALLS_CJIB_FRAUD =
  /\b(jullie zijn|het cjib is|cjib is|cjib zijn|you are|youre|you guys are|the cjib is|ihr seid|sie sind|das cjib ist|jestescie|cjib to)( \w+){0,3} (oplichters?|oplichterij|oplichting|dieven|scammers?|frauds?|crooks?|thieves|a scam|betruger\w*|abzocke\w*|diebe|oszust\w*|zlodzie\w*)\b/;

/** Anything about a message, a link or a payment request: then the scam warning is what is needed. */
const MESSAGE =
  /\b(sms\w*|whatsapp|whats app|appje|app|email\w*|mail|bericht|message|text|link\w*|tikkie|betaalverzoek|payment request|nachricht|wiadomosc\w*|gebeld|belde|called|angerufen|dzwonil\w*)\b/;

/** Whether the message complains about the CJIB (also in words of fraud) without any message to doubt. */
export function complainsAboutCjib(normalized: string): boolean {
  if (MESSAGE.test(normalized)) return false;
  return COMPLAINT.test(normalized) || CALLS_CJIB_FRAUD.test(normalized);
}
