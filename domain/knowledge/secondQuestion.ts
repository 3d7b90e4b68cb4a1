import type { IntentId } from '../language/intents';
import { type DirectAnswerId, directAnswer } from './directAnswer';
import { followUpTopic, refersBack } from './followUpTopic';
import { isAnswerPart } from './answerParts';
import { normalizeQuestion } from './normalizeQuestion';
import { isQuestion } from './questionForm';
import { cueTopic, INTENT_TOPICS } from './selectTopic';
import type { TopicId } from './topics';

/**
 * "Kan ik met iDEAL betalen en hoe lang heb ik?": two questions in one message. The first answer
 * comes from the whole message; this finds the topic of the other question, so both get answered.
 */

/** "en"/"and"/"und" (Polish "i" before a question word) before a new question, or a question mark with more after it. */
const SPLIT =
  /\?+\s*|\s(?:en ook|and also|und auch|i tez|i takze|a takze|oraz)\s|\si\s(?=(?:ile|jak|czy|gdzie|kiedy|co)\b)|\s(?:en|and|und|oraz|plus|maar ook|but also|aber auch|ale tez)\s(?=(?:kan|kun|mag|moet|hoe|hoeveel|wat|waar|wanneer|heb|wil|ik wil|de|het|can|could|how|what|whats|where|when|do|does|is|i want|the|kann|darf|wie|was|wo|wann|bis|muss|will|ich|den|die|das|czy|jak|jaki|ile|gdzie|kiedy|co|chce)\b)/i;

/** A part shorter than this is not a question of its own ("en dan?"). */
const MIN_WORDS = 2;

/**
 * Topics about an ordinary traffic fine, where a second answer adds to the first. Punitive orders,
 * European fines, fines from abroad and victims have their own rules, which a general second answer
 * would contradict (an objection is 6 weeks for a traffic fine, 14 days for a punitive order).
 */
const COMBINABLE: ReadonlySet<TopicId> = new Set<TopicId>([
  'instalments',
  'instalment_terms',
  'personal_arrangement',
  'noodstop',
  'arrangement_refused',
  'missed_instalment',
  'new_fine_in_arrangement',
  'payment_deadline',
  'late_payment',
  'admin_costs',
  'how_to_pay',
  'cjib_number',
  'payment_problem',
  'bank_debit',
  'enforcement',
  'objection',
  'court_appeal',
  'court_of_appeal',
  'not_the_driver',
  'photo',
  'wrong_address',
  'complaint',
  'privacy',
  'contact',
  'lost_letter',
]);

/** Paying in parts while appealing has its own answer (appeal_and_instalments): never both halves. */
const ARRANGEMENT: ReadonlySet<TopicId> = new Set<TopicId>([
  'instalments',
  'instalment_terms',
  'personal_arrangement',
  'arrangement_refused',
  'missed_instalment',
  'new_fine_in_arrangement',
]);
const APPEAL: ReadonlySet<TopicId> = new Set<TopicId>(['objection', 'court_appeal', 'court_of_appeal']);

const ALL_INTENTS = Object.keys(INTENT_TOPICS) as IntentId[];

function combinable(first: TopicId, second: TopicId): boolean {
  if (first === second || !COMBINABLE.has(first) || !COMBINABLE.has(second)) return false;
  const mixes = (a: TopicId, b: TopicId) => ARRANGEMENT.has(a) && APPEAL.has(b);
  return !mixes(first, second) && !mixes(second, first);
}

/**
 * A part without the story before its question: "Ik heb een aanmaning gekregen van 262,50 euro. Kan
 * ik dat in 6 maanden betalen" asks one thing; the reminder is why, not a second question.
 */
function withoutStory(part: string): string {
  const sentences = part.split(/(?<=[.!])\s+/).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return part;
  const asked = sentences.filter((s, i) => i === sentences.length - 1 || isQuestion(s));
  return asked.join(' ');
}

function partsOf(text: string): string[] {
  return text
    .split(SPLIT)
    .map(withoutStory)
    .filter((part) => normalizeQuestion(part).trim().split(' ').length >= MIN_WORDS);
}

/**
 * Second questions the first answer already answers: "… en hoe lang bewaren jullie die?" after the
 * privacy answer (it tells the rights and that the law sets how long data is kept), not the payment
 * term that a bare "how long" would otherwise find.
 */
const ANSWERED_BY_FIRST: Partial<Record<TopicId, RegExp>> = {
  privacy:
    /\b(bewaa?r\w*|opgeslagen|opslaan|verwijder\w*|keep|kept|store[sd]?|retain\w*|delete[sd]?|speicher\w*|aufbewahr\w*|gespeichert|losch\w*|przechow\w*|zapis\w*|usun\w*)\b/,
};

/**
 * "How do I pay and what's the deadline" read with two intents nearly alike: the first question's
 * topic, when its words name one among `intents` (the second is then answered beside it, below).
 */
export function firstQuestionTopic(intents: readonly IntentId[], text: string): TopicId | undefined {
  const parts = partsOf(text);
  return parts.length < 2 ? undefined : cueTopic(intents, parts[0]);
}

/** The topic of a second question in the message, other than `first`, or undefined. */
export function secondQuestionTopic(text: string, first: TopicId): TopicId | undefined {
  const parts = partsOf(text);
  if (parts.length < 2) return undefined;
  const answered = ANSWERED_BY_FIRST[first];
  for (const part of parts) {
    if (answered?.test(normalizeQuestion(part))) continue;
    // "… en hoe lang duurt dat?": leaning on the first question, so its follow-up (a short answer of its
    // own is secondFollowUp's); "… en hoe lang heb ik?" after paying: the payment term.
    const next = refersBack(part) ? followUpTopic(first, part) : undefined;
    if (next && (directAnswer(first, part) || !combinable(first, next))) return undefined;
    if (next) return next;
    // ("… kann ich das in Raten zahlen und bis wann …": paying in parts has no cue of its own, being
    // the arrangement intent's general answer.)
    const topicId = cueTopic(ALL_INTENTS, part) ?? (asksInParts(part) ? 'instalments' : undefined);
    if (topicId && combinable(first, topicId)) return topicId;
  }
  return undefined;
}

/** "Kan ik het in termijnen betalen", "can I pay in instalments", "kann ich in Raten zahlen". */
function asksInParts(part: string): boolean {
  const normalized = normalizeQuestion(part);
  return ARRANGEMENT_ASKED.test(normalized) && MAY.test(normalized);
}
const MAY = /\b(kan|kun|mag|can|could|may|kann|darf|czy|moge|mozna)\b/;

/**
 * "Heb 2x betaald, krijg ik dat terug en hoe lang duurt dat?": a second question that leans on the
 * first ("how long does that take?") is that answer's follow-up: its short answer, or honestly that
 * how long it takes is not known here (never a neighbouring topic such as the payment term).
 */
export function secondFollowUp(text: string, first: TopicId): DirectAnswerId | undefined {
  const parts = partsOf(text);
  if (parts.length < 2) return undefined;
  for (const part of parts.slice(1)) {
    if (!refersBack(part)) continue;
    const direct = directAnswer(first, part);
    // ("Hoe maak ik bezwaar en waar stuur ik dat heen?": the whole answer says where; not that part again.)
    if (direct && !isAnswerPart(direct)) return direct;
    if (followUpTopic(first, part) === 'beyond_knowledge') return 'durationUnknown';
  }
  return undefined;
}

/** What the lookup's overview and its menu already tell: no second answer for these. */
const TOLD_BY_LOOKUP: ReadonlySet<TopicId> = new Set<TopicId>([
  'payment_deadline',
  'cjib_number',
  'lost_letter',
  'how_to_pay',
]);

/**
 * "Ik wil weten hoeveel ik nog moet betalen en ook of ik bezwaar kan maken, want ik reed niet zelf":
 * the topic of a question asked beside a lookup, answered after the overview.
 */
/** "… en ook of ik …", "… and also …", "… und auch …", "… a także …": a second request joined on. */
const ALSO = /\s(?:en|and|und|i|a)\s(?:ook|also|auch|tez|też|takze|także)\s/i;

export function questionBesideLookup(text: string): TopicId | undefined {
  const parts = text
    .split(SPLIT)
    .flatMap((part) => part.split(ALSO))
    .filter((part) => normalizeQuestion(part).trim().split(' ').length >= MIN_WORDS);
  for (const part of parts.slice(1)) {
    const topicId = cueTopic(ALL_INTENTS, part);
    if (topicId && COMBINABLE.has(topicId) && !TOLD_BY_LOOKUP.has(topicId)) return topicId;
  }
  return undefined;
}

/** A payment arrangement asked for: "… en ook een betalingsregeling", "and also a payment plan", "und Ratenzahlung". */
const ARRANGEMENT_ASKED =
  /\b(betalingsregeling|regeling|termijnen|in delen|payment (plan|arrangement)|instal+ments?|ratenzahlung|raten|raty|rozlozyc|rozlozenie)\b/;

/**
 * "Ik wil de foto zien en ook een betalingsregeling": beside the question answered, a request the
 * assistant does as a flow (the arrangement); offered after the answer. Not beside an appeal (no
 * arrangement while it runs) or an answer about arrangements itself.
 */
export function arrangementBeside(text: string, first: TopicId): boolean {
  if (ARRANGEMENT.has(first) || APPEAL.has(first) || !COMBINABLE.has(first)) return false;
  const parts = text.split(SPLIT).flatMap((part) => part.split(ALSO));
  return parts.slice(1).some((part) => ARRANGEMENT_ASKED.test(normalizeQuestion(part)));
}
