import { questionBeforeLookup } from '../claims/questionBeforeLookup';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/*
 * A citizen holding a reminder asks about their own case, not about reminders in general:
 * - "ik heb een aanmaning, hoeveel moet ik nu betalen?": the amount is on the reminder, the increase
 *   rule in one sentence (DOMAIN.md §2.3) and the lookup offered, not the whole text on increases;
 * - "ik heb al betaald maar krijg een aanmaning": payment and reminder may have crossed, a late payment
 *   still carries the increase, the reference used (§2.2), the lookup and a person offered.
 * The texts are `faq:direct.<id>`; both are the whole answer (moneyAsks.ts WHOLE_ANSWER_LEADS).
 */
export type ReminderAskId = 'reminderOwnAmount' | 'paidButReminder';

/** Leads that offer the lookup: left out once the fine has been looked up in the conversation. */
export const LOOKUP_OFFERING_LEADS: ReadonlySet<string> = new Set<ReminderAskId>([
  'reminderOwnAmount',
  'paidButReminder',
]);

export interface ReminderAsk {
  topicId: TopicId;
  lead: ReminderAskId;
}

const REMINDER =
  /\b(aanmaning\w*|herinnering\w*|betalingsherinnering\w*|reminders?|payment reminder|mahnung\w*|zahlungserinnerung\w*|erinnerungsschreiben|upomnieni\w*|monit\w*|ponagleni\w*|wezwani\w* do zaplaty)\b/;

/** "Hoeveel moet ik nu betalen?", "how much do I owe now?", "wie viel muss ich zahlen?", "ile mam zapłacić?". */
const OWN_AMOUNT = [
  /\bhoeveel\b( \w+){0,4} (ik|we|wij)\b|\bhoeveel (is het|wordt het|nu)\b|\b(wat|welk bedrag)( \w+){0,3} (ik|we)( \w+){0,2} (betalen|betaal|overmaken)\b/,
  /\bhow much\b( \w+){0,4} (i|we)\b|\bhow much (is it|now)\b|\bwhat( \w+){0,3} (i|we)( \w+){0,3} (pay|owe)\b|\bwhat amount\b/,
  /\bwie ?viel\b( \w+){0,4} (ich|wir)\b|\bwie ?viel (ist es|jetzt)\b|\bwas( \w+){0,3} (ich|wir)( \w+){0,3} (zahlen|bezahlen|uberweisen)\b|\bwelche\w* betrag\b/,
  /\bile\b( \w+){0,3} (zaplacic|placic|zaplace|place|wynosi|teraz|musze|mam|trzeba|winien|winna|oddac)\b|\bjak\w* kwot\w*\b/,
];

/** A reminder that might come ("hoeveel als ik een aanmaning krijg?"): the general answer on increases. */
const HYPOTHETICAL = /\b(als|indien|stel|if|wenn|falls|jesli|jezeli|gdyby)\b/;

/** Paid in the past: "betaald", "paid", "bezahlt", "zapłaciłem", "trotz Zahlung". */
const PAID =
  /\b(betaald|overgemaakt|paid|transferred|bezahlt|gezahlt|uberwiesen|zaplacil\w*|oplacil\w*|przelal\w*|wplacil\w*)\b|\b(trotz|despite|ondanks|mimo|pomimo)( \w+){0,2} (zahlung|bezahlung|uberweisung|paying|payment|betaling|zaplat\w*|wplat\w*|platnosc\w*|oplaceni\w*)\b/;
/** "Ik heb nog niet betaald", "I haven't paid": nothing paid. */
const NOT_PAID =
  /\b(niet|nooit|not|never|havent|hasnt|didnt|nicht|nie)\b( \w+){0,2} (betaald|overgemaakt|paid|bezahlt|gezahlt|uberwiesen|zaplacil\w*|oplacil\w*|przelal\w*|wplacil\w*)\b/;
/** "De boete moet 15 december betaald zijn", "it must be paid": a due date, not a payment made. */
const TO_BE_PAID =
  /\b(betaald|paid|bezahlt|gezahlt|zaplacon\w*) (zijn|worden|wordt|be|werden|sein|byc|zostac)\b|\b(be|been|get) paid\b|\b(moet|moeten|must|muss|musste|nalezy|trzeba)( \w+){0,4} (betaald|paid|bezahlt|zaplac\w*)\b/;
/** "Is mijn boete al betaald?": asks the record, says nothing was paid. */
const ASKS_IF_PAID =
  /^(is|has|was|ist|hat|wurde|heeft|werd|czy)\b.*\b(betaald|paid|bezahlt|zaplacon\w*|oplacon\w*)$/;

/** "Ik heb al betaald maar krijg een aanmaning", in any of the four languages. */
export function paidButReminder(text: string): boolean {
  const normalized = normalizeQuestion(text).trim();
  if (!REMINDER.test(normalized) || NOT_PAID.test(normalized) || ASKS_IF_PAID.test(normalized)) return false;
  if (questionBeforeLookup(text) === 'paidNotSeen') return true;
  return PAID.test(normalized) && !TO_BE_PAID.test(normalized);
}

/** "Ik heb een aanmaning, hoeveel moet ik nu betalen?": the own amount asked with a reminder in hand. */
export function asksOwnAmountWithReminder(text: string): boolean {
  const normalized = normalizeQuestion(text).trim();
  if (!REMINDER.test(normalized) || HYPOTHETICAL.test(normalized)) return false;
  return OWN_AMOUNT.some((cue) => cue.test(normalized));
}

/** The reminder question asked, with its topic and lead; undefined for any other message. */
export function reminderAsk(text: string): ReminderAsk | undefined {
  if (paidButReminder(text)) return { topicId: 'payment_problem', lead: 'paidButReminder' };
  if (asksOwnAmountWithReminder(text)) return { topicId: 'late_payment', lead: 'reminderOwnAmount' };
  return undefined;
}
