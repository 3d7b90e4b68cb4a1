/**
 * "Hoe lang duurt dat?", "and how long does that take?", "wie lange dauert das?", "jak długo to
 * potrwa?" right after an answer: how long what it explained takes. Where DOMAIN.md states a duration
 * for that topic, the short answer is that duration; elsewhere the honest answer (see ANY in
 * followUpTopic.ts), never a neighbouring topic such as the payment term.
 */
import type { FollowUpKind } from './followUpTopic';
import type { TopicId } from './topics';

/** Trailing words that add nothing: "dan", "ongeveer", "roughly", "ungefähr", "mniej więcej". */
const TAIL =
  '( (dan|then|dann|denn|nog|still|noch|ongeveer|eigenlijk|ungefahr|approximately|roughly|about|usually|meestal|normaal|normally|normalerweise|zazwyczaj|mniej wiecej|wtedy|so))*';

/** How long something takes, in a short question (the text as normalizeQuestion gives it). */
export const DURATION_CUE = new RegExp(
  '\\b(hoe ?lang (duurt|gaat|zal)|duurt (dat|het|dit|die|de beslissing|het beroep) (erg |heel |nog )?lang|hoeveel tijd (kost|neemt|duurt)' +
    '|how long (does|will|would|might|is|can) |how much time (does|will|would)|does (that|it|this) take long' +
    '|wie ?lange? (dauert|braucht|geht|wird)|dauert (das|es) (noch |sehr )?lange|wie ?viel zeit (braucht|dauert|nimmt)' +
    '|jak dlugo (to |bedzie |moze )?(trwa|potrwa|trwac)|ile (to |czasu )?(trwa|potrwa|zajmie)|czy to (dlugo )?(trwa|potrwa))\\b' +
    `|^ (en |and |und |a |i )?(hoe ?lang|how long|wie ?lange?|jak dlugo|ile czasu)${TAIL} $`,
);

/**
 * The same, with nothing but "that" for a subject: it can only be about the answer just given,
 * whatever the recogniser makes of it ("hoelang duurt dat?" is not the payment term).
 */
export const DURATION_REFERS_BACK = new RegExp(
  '^ (and |en |und |a |i |ok |oke |okay |maar |but |aber |ale )?(' +
    [
      'hoe ?lang (duurt|gaat|zal) (dat|het|dit)( duren)?',
      'duurt (dat|het|dit) (erg |heel |nog )?lang',
      'hoeveel tijd (kost|neemt) (dat|het|dit)',
      'how long (does|will|would|might) (that|it|this) (take|last|be)',
      'how much time (does|will|would) (that|it|this) take',
      'does (that|it|this) take long',
      'wie ?lange? (dauert|braucht|geht) (das|es)',
      'dauert (das|es) (noch |sehr )?lange',
      'jak dlugo (to )?(trwa|potrwa|bedzie trwac)',
      'ile (to|czasu to) (trwa|potrwa|zajmie)',
      'czy to (dlugo )?(trwa|potrwa)',
      'hoe ?lang|how long|wie ?lange?|jak dlugo',
    ].join('|') +
    `)${TAIL} $`,
);

/** The short answers on how long things take (texts `faq:direct.<id>`). */
export type DurationAnswerId =
  'objectionDuration' | 'noodstopDuration' | 'compensationAdvanceWait' | 'enforcementDuration';

/**
 * The topics whose duration DOMAIN.md states in an answer about more than that: the officier's
 * decision on an appeal, up to 16 weeks, nothing to pay meanwhile (§4); a victim's advance, after 8
 * months (§5); the coercive measures, up to 4 weeks each and gijzeling up to 7 days (§2.5); the
 * noodstop, 4 months and 8 more with debt help (§1.5).
 */
const DURATION: Partial<Record<TopicId, DurationAnswerId>> = {
  objection: 'objectionDuration',
  appeal_and_instalments: 'objectionDuration',
  victim_compensation: 'compensationAdvanceWait',
  enforcement: 'enforcementDuration',
  // (Its answer holds more than the duration: on SMS and the phone the whole text again is too much.)
  noodstop: 'noodstopDuration',
};

/** Waiting for something ("how long until I hear?") is a duration only where a decision or payment is awaited. */
const WAITED_FOR: ReadonlySet<TopicId> = new Set([
  'objection',
  'appeal_and_instalments',
  'victim_compensation',
]);

/** The short duration answer for a follow-up of `kind` on `topicId`, or undefined. */
export function durationAnswer(
  topicId: TopicId,
  kind: FollowUpKind | undefined,
): DurationAnswerId | undefined {
  if (kind === 'duration') return DURATION[topicId];
  if (kind === 'wait' && WAITED_FOR.has(topicId)) return DURATION[topicId];
  return undefined;
}
