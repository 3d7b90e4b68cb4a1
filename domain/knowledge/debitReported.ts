/**
 * "Money was taken from my bank account", "er is geld van mijn rekening afgeschreven", "es wurde Geld
 * von meinem Konto abgebucht", "pobrano pieniądze z mojego konta": the citizen reports a debit (the
 * CJIB's verhaal, DOMAIN.md), which is no question for the account number to pay to. Works on
 * normalized text (normalizeQuestion).
 */

/** Words for money taken from an account, in nl/en/de/pl. */
export const DEBIT_VERB =
  /afgeschreven|afschrijving|afhal|afgehaald|gehaald|debited|taken|\btook\b|withdrawn|abgebucht|abbuch|pobra|sciagn|zabral/;

/** Words for the account itself, in nl/en/de/pl. */
export const ACCOUNT = /rekening|account|konto|konta|rachun/;

/** Whether the message says that money was (or is) taken from the citizen's account. */
export function reportsDebit(normalized: string): boolean {
  return DEBIT_VERB.test(normalized) && ACCOUNT.test(normalized);
}
