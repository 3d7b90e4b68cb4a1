import { FAST_TYPIST, useTestApp } from './appForTests';
import type { KnowledgeConversation, KnowledgeTurn } from './knowledgeConversations';
import { textOf } from './testApp';

/** Facts that are wrong or outdated wherever they appear (DOMAIN.md §1.2, §2.2, §2.4, §5). */
export const OUTDATED_FACTS: RegExp[] = [
  /(€|EUR)\s?225[^\n]{0,60}\b(betalingsregeling|regeling|arrangement|Ratenzahlung|raty)\b/i, // the pre-2019 instalment minimum
  /acceptgiro/i,
  /215\s?95\s?55/, // the old general phone number
  // a fixed administration-cost amount (not confirmed for today)
  /(administratiekosten|administration costs|Verwaltungskosten|koszty administracyjne)( zijn| are| sind| wynoszą| bedragen| betragen| van| of| von)?:?\s*(€|EUR)\s?\d/i,
];

/** One question on web chat and what its reply must (and must not) contain. */
export interface KnowledgeQuestion extends KnowledgeTurn {
  locale: KnowledgeConversation['locale'];
}

/** The questions of a knowledge test file: single ones, whole conversations, and facts never to say. */
export interface KnowledgeQuestionSet {
  /** Checked in every reply, besides each question's own `not`. */
  never: RegExp[];
  single: KnowledgeQuestion[];
  conversations: { name: string; locale: KnowledgeQuestion['locale']; turns: KnowledgeTurn[] }[];
}

/** The reply has every `has` pattern, and none of `wrong`: a failure names the pattern and what it found. */
function expectFacts(reply: string, has: RegExp[], wrong: RegExp[]): void {
  for (const fact of has) expect(reply).toMatch(fact);
  for (const pattern of wrong)
    expect({ wrong: String(pattern), found: reply.match(pattern)?.[0] }).toEqual({
      wrong: String(pattern),
      found: undefined,
    });
}

/**
 * One test per single question ('<locale> "<question>"') and per conversation ('<name>'), through
 * the HTTP endpoint on web chat.
 */
export function describeKnowledgeQuestions(
  title: string,
  { never, single, conversations }: KnowledgeQuestionSet,
): void {
  describe(title, () => {
    const assistant = useTestApp(FAST_TYPIST);
    const check = (reply: string, { has, not = [] }: Omit<KnowledgeTurn, 'says'>): void =>
      expectFacts(reply, has, [...not, ...never]);

    it.each(single.map((q) => [q.locale, q.says, q] as const))('%s "%s"', async (locale, says, question) => {
      const conversation = await assistant.open({ locale });
      check(textOf(await conversation.say(says)), question);
    });

    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, { locale, turns }) => {
      const conversation = await assistant.open({ locale });
      for (const turn of turns) check(textOf(await conversation.say(turn.says)), turn);
    });
  });
}
