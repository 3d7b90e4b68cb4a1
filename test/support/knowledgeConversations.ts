import { spokenSentences, startTestApp, textOf, type TestApp } from './testApp';

/** One message and what the reply must (and must not) contain. */
export interface KnowledgeTurn {
  says: string;
  has: RegExp[];
  not?: RegExp[];
}

/** A whole conversation of questions, on web chat or on the phone. */
export interface KnowledgeConversation {
  name: string;
  locale: 'nl-NL' | 'en-GB' | 'de-DE' | 'pl-PL';
  phone?: boolean;
  turns: KnowledgeTurn[];
}

/**
 * Runs each conversation through the HTTP endpoint: the reply must contain every `has` pattern and
 * none of the `not` patterns; on the phone what the caller hears counts, elsewhere what the citizen reads.
 */
export function describeKnowledgeConversations(title: string, conversations: KnowledgeConversation[]): void {
  describe(title, () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp({ RATE_LIMIT_CONVERSATION_BURST: '100' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it.each(conversations.map((c) => [c.name, c] as const))('%s', async (_name, { locale, phone, turns }) => {
      const conversation = app.conversation({ locale, channelId: phone ? 'telephony' : 'webchat' });
      await conversation.start();
      for (const turn of turns) {
        const replies = await conversation.say(turn.says);
        const reply = phone ? spokenSentences(replies).join(' ') : textOf(replies);
        for (const fact of turn.has) expect(reply).toMatch(fact);
        // The offending pattern and what it found, so a failure says what the citizen wrongly got.
        for (const wrong of turn.not ?? [])
          expect({ wrong: String(wrong), found: reply.match(wrong)?.[0] }).toEqual({
            wrong: String(wrong),
            found: undefined,
          });
      }
    });
  });
}
