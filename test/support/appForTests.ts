import type { AppOverrides } from '../../bot/app';
import {
  startTestApp,
  textOf,
  type ConversationOptions,
  type TestApp,
  type TestConversation,
} from './testApp';

/** Lets a citizen type as fast as a test does. */
export const FAST_TYPIST = { RATE_LIMIT_CONVERSATION_BURST: '100' } as const;

/** Staff are always in (no holiday either), so asking for a person queues instead of offering a callback. */
export const STAFF_ALWAYS_IN = {
  OFFICE_HOURS: 'mon-sun 00:00-24:00',
  PUBLIC_HOLIDAYS: '2000-01-01',
} as const;

/** Staff are never in (one minute a week), so no handoff queue is in the way. */
export const STAFF_NEVER_IN = { OFFICE_HOURS: 'sun 03:00-03:01' } as const;

/** The app of the enclosing describe block, started by its hooks. */
export interface AppForTests {
  /** The running app; only inside tests and hooks. */
  readonly app: TestApp;
  /** A new conversation, welcomed (its conversationUpdate sent). */
  open(options?: ConversationOptions): Promise<TestConversation>;
}

/**
 * Starts the app before the describe block's tests (`per: 'test'`: before each test, for tests that
 * file requests and must not collide) and closes it after them.
 */
export function useTestApp(
  env: Record<string, string> = {},
  overrides: AppOverrides = {},
  per: 'describe' | 'test' = 'describe',
): AppForTests {
  let running: TestApp | undefined;
  const start = async (): Promise<void> => {
    running = await startTestApp(env, overrides);
  };
  const close = async (): Promise<void> => {
    await running?.close();
  };
  if (per === 'test') {
    beforeEach(start);
    afterEach(close);
  } else {
    beforeAll(start);
    afterAll(close);
  }
  const current = (): TestApp => {
    if (!running) throw new Error('the test app runs only inside tests and hooks');
    return running;
  };
  return {
    get app() {
      return current();
    },
    open: (options) => welcomed(current(), options),
  };
}

/** A new conversation on `app`, its conversationUpdate sent. */
export async function welcomed(app: TestApp, options: ConversationOptions = {}): Promise<TestConversation> {
  const c = app.conversation(options);
  await c.start();
  return c;
}

/** `useTestApp` for fast typists with staff always in: what the channel journeys start from. */
export function useStaffedApp(env: Record<string, string> = {}): AppForTests {
  return useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN, ...env });
}

/** A new conversation in `locale` that says each message in turn: the text of every answer. */
export async function answersTo(
  assistant: AppForTests,
  locale: string,
  ...messages: string[]
): Promise<string[]> {
  const c = await assistant.open({ locale });
  const answers: string[] = [];
  for (const m of messages) answers.push(textOf(await c.say(m)));
  return answers;
}
