import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createApp, type App, type AppOverrides } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { localRecognizer } from './nluModel';

export interface TestApp {
  url: string;
  app: App;
  /** A new conversation on a channel (default webchat) in a language (default nl). */
  conversation(options?: ConversationOptions): TestConversation;
  close(): Promise<void>;
}

export interface ConversationOptions {
  channelId?: string;
  locale?: string;
  conversationId?: string;
  userId?: string;
  /** Extra fields merged into every activity (e.g. channelData with a sign-in token). */
  extra?: Partial<Activity>;
}

/**
 * The whole assistant on a free loopback port, exactly as `npm start` builds it, with the trained
 * local language model. `env` overrides settings; MongoDB is embedded unless MONGODB_URI is given.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  overrides: AppOverrides = {},
): Promise<TestApp> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    MONGODB_DB: `test_${randomUUID().slice(0, 8)}`,
    // Every simulated citizen comes from 127.0.0.1: the per-IP limit is tested on its own.
    RATE_LIMIT_IP_BURST: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    ...env,
  });
  const app = await createApp(config, { recognizer: localRecognizer(), ...overrides });
  const url = await app.listen();
  return {
    url,
    app,
    conversation: (options = {}) => new TestConversation(url, options),
    close: () => app.close(),
  };
}

/** One citizen talking to the assistant over HTTP with `deliveryMode: expectReplies`. */
export class TestConversation {
  readonly id: string;
  readonly userId: string;
  readonly channelId: string;
  locale: string;

  constructor(
    private readonly url: string,
    private readonly options: ConversationOptions,
  ) {
    this.id = options.conversationId ?? `conv-${randomUUID()}`;
    this.userId = options.userId ?? `user-${randomUUID().slice(0, 8)}`;
    this.channelId = options.channelId ?? 'webchat';
    this.locale = options.locale ?? 'nl-NL';
  }

  /** The conversationUpdate a channel sends when the citizen opens the chat. */
  async start(): Promise<Activity[]> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: 'citizen' }] });
  }

  async say(text: string, extra: Partial<Activity> = {}): Promise<Activity[]> {
    return this.post({ type: 'message', text, ...extra });
  }

  /** Posts one activity and returns the assistant's replies. */
  async post(fields: Partial<Activity>): Promise<Activity[]> {
    const response = await this.postRaw(fields);
    if (response.status !== 200)
      throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { activities?: Activity[] };
    return body.activities ?? [];
  }

  postRaw(fields: Partial<Activity>): Promise<Response> {
    const activity = {
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:1/',
      conversation: { id: this.id },
      from: { id: this.userId, role: 'user' },
      recipient: { id: 'cjib-assistant', role: 'bot' },
      locale: this.locale,
      timestamp: new Date().toISOString(),
      deliveryMode: 'expectReplies',
      ...this.options.extra,
      ...fields,
    };
    return fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }
}

/** All the text the citizen sees (or hears) in a list of replies, cards and choices included. */
export function textOf(replies: Partial<Activity>[]): string {
  return replies
    .map((a) =>
      [
        a.text ?? '',
        ...(a.attachments ?? []).map((att) => JSON.stringify(att.content)),
        ...(a.suggestedActions?.actions ?? []).map((action) => action.title ?? ''),
      ].join('\n'),
    )
    .join('\n');
}

/** The sentences a caller hears in these replies: the `<s>` elements of their SSML, unescaped. */
export function spokenSentences(replies: Partial<Activity>[]): string[] {
  return replies
    .filter((a) => a.type === 'message')
    .flatMap((a) =>
      [...(a.speak ?? '').matchAll(/<s>(.*?)<\/s>/g)].map((m) =>
        m[1]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ),
    );
}
