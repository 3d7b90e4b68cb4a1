import type { FollowUpKind } from './followUpTopic';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * Follow-ups answered by one part of the answer just given: "en waar stuur ik dat heen?" after the
 * appeal is its address and term, "and if I don't?" after a punitive order is what follows when it is
 * left be, "en hoeveel is dat dan?" its amounts. The citizen gets that part alone (`faqParts:<topic>.<kind>`), not the whole answer again.
 */
export type PartKind = Extract<FollowUpKind, 'apply' | 'consequence' | 'cost'>;

/** The topics whose answer holds such a part, per kind of follow-up (texts in locales/<lng>/faqParts.json). */
const PARTS: Partial<Record<TopicId, readonly PartKind[]>> = {
  objection: ['apply'],
  court_appeal: ['apply', 'consequence', 'cost'],
  court_of_appeal: ['apply'],
  strafbeschikking: ['apply', 'consequence', 'cost'],
  instalments: ['apply'],
  personal_arrangement: ['apply'],
  how_to_pay: ['apply'],
  bank_debit: ['apply', 'cost'],
  detention: ['apply', 'consequence'],
  european_fine: ['apply', 'consequence', 'cost'],
  complaint: ['apply'],
  privacy: ['apply'],
  contact: ['apply'],
  lost_letter: ['apply'],
  wrong_address: ['apply'],
  bailiff_involved: ['apply', 'consequence'],
  seized_vehicle: ['apply', 'consequence'],
  enforcement: ['consequence', 'cost'],
  foreign: ['consequence', 'cost'],
  not_the_driver: ['consequence'],
  cjib_number: ['consequence'],
  photo: ['consequence'],
};

/**
 * Answers whose advice is no payment (the number to quote, the photo, the driver's appeal): "and if I
 * don't?" is about leaving that advice be, but "and if I don't pay?" is about not paying (the increases).
 */
const ADVICE_NOT_PAYING: ReadonlySet<TopicId> = new Set<TopicId>(['cjib_number', 'photo', 'not_the_driver']);
const NAMES_PAYING =
  /\b(betaal|betaald|betalen|pay|paid|paying|zahle|zahlen|bezahle|bezahlen|zaplace|zaplacic|place|placic)\b/;

/** A part's text key, said like a direct answer (leadText). */
export type AnswerPartId = `faqParts:${TopicId}.${PartKind}`;

function isPartKind(kind: FollowUpKind): kind is PartKind {
  return kind === 'apply' || kind === 'consequence' || kind === 'cost';
}

/** The part of `topicId`'s answer that `text`, a follow-up of `kind`, asks for, if the answer has one. */
export function answerPart(
  topicId: TopicId,
  kind: FollowUpKind | undefined,
  text: string,
): AnswerPartId | undefined {
  if (!kind || !isPartKind(kind) || !PARTS[topicId]?.includes(kind)) return undefined;
  if (kind === 'consequence' && ADVICE_NOT_PAYING.has(topicId) && NAMES_PAYING.test(normalizeQuestion(text)))
    return undefined;
  return `faqParts:${topicId}.${kind}`;
}

/** Whether a direct answer is such a part (already said in full when its whole answer is given). */
export function isAnswerPart(id: string): id is AnswerPartId {
  return id.startsWith('faqParts:');
}

/** Every part there is, for the test that each has its text in every language. */
export function allAnswerParts(): AnswerPartId[] {
  return Object.entries(PARTS).flatMap(([topicId, kinds]) =>
    (kinds ?? []).map((kind) => `faqParts:${topicId}.${kind}` as AnswerPartId),
  );
}
