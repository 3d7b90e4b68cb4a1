import { type ConsoleClient, loggedInStaff } from './consoleClient';
import { startFakeChannel, type FakeChannel } from './fakeChannel';
import { FAST_TYPIST, STAFF_ALWAYS_IN } from './appForTests';
import { startTestApp, type TestApp } from './testApp';

/** The app with staff always in, one of them logged in to the console, and a channel for their messages. */
export interface HandoffDesk {
  readonly app: TestApp;
  /** Receives what staff send to citizens (put its serviceUrl on the citizen's activities). */
  readonly channel: FakeChannel;
  /** The logged-in member of staff. */
  readonly agent: ConsoleClient;
}

/**
 * Starts the desk before the describe block's tests and stops it after them. The console polls for
 * handoff news every 100 ms so a claimed case reaches the citizen within a test.
 */
export function useHandoffDesk(staffName: string): HandoffDesk {
  let desk: HandoffDesk | undefined;
  let app: TestApp | undefined;
  let channel: FakeChannel | undefined;
  beforeAll(async () => {
    channel = await startFakeChannel();
    app = await startTestApp({ ...STAFF_ALWAYS_IN, HANDOFF_POLL_MS: '100', ...FAST_TYPIST });
    desk = { app, channel, agent: await loggedInStaff(app, staffName) };
  });
  afterAll(async () => {
    await app?.close();
    await channel?.close();
  });
  const running = (): HandoffDesk => {
    if (!desk) throw new Error('the handoff desk runs only inside tests and hooks');
    return desk;
  };
  return {
    get app() {
      return running().app;
    },
    get channel() {
      return running().channel;
    },
    get agent() {
      return running().agent;
    },
  };
}
