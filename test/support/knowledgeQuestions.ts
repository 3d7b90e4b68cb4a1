import type { KnowledgeConversation, KnowledgeTurn } from './knowledgeConversations';
import { startTestApp, textOf, type TestApp } from './testApp';

/** One question on web chat and what its reply must (and must not) contain. */
export interface KnowledgeQuestion extends KnowledgeTurn {
  locale: KnowledgeConversation['locale'];
}

/** The questions of a knowledge test file: single ones, whole conversations, and facts never to say. */
export interface KnowledgeQuestionSet {
  /** Facts that are wrong or outdated wherever they appear: checked in every reply. */
  never: RegExp[];
  single: KnowledgeQuestion[];
  conversations: { name: string; locale: KnowledgeQuestion['locale']; turns: KnowledgeTurn[] }[];
}

/**
 * One test per single question ('<locale> "<question>"') and per conversation ('<name>'), through
 * the HTTP endpoint on web chat: each reply must contain every `has` pattern and none of the `not`
 * or `never` patterns.
 */
export function describeKnowledgeQuestions(
  title: string,
  { never, single, conversations }: KnowledgeQuestionSet,
): void {
  describe(title, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
    });
    afterAll(async () => {
      await app?.close();
    });

    const check = (reply: string, { has, not = [] }: Omit<KnowledgeTurn, 'says'>): void => {
      for (const fact of has) expect(reply).toMatch(fact);
      // The offending pattern and what it found, so a failure says what the citizen wrongly got.
      for (const wrong of [...not, ...never])
        expect({ wrong: String(wrong), found: reply.match(wrong)?.[0] }).toEqual({
          wrong: String(wrong),
          found: undefined,
        });
    };

    it.each(single.map((q) => [q.locale, q.says, q] as const))('%s "%s"', async (locale, says, question) => {
      const conversation = app.conversation({ locale });
      await conversation.start();
      check(textOf(await conversation.say(says)), question);
    });

    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, { locale, turns }) => {
      const conversation = app.conversation({ locale });
      await conversation.start();
      for (const turn of turns) check(textOf(await conversation.say(turn.says)), turn);
    });
  });
}
