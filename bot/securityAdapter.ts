import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { ClientReusingAuthentication } from './clientReusingAuthentication';

export interface MessagingResult {
  status: number;
  body?: unknown;
}

/** ISO strings in the JSON body become Dates, as botbuilder's own HTTP handling does. */
function reviveTimestamps(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    if (typeof raw[field] === 'string') {
      raw[rawField] = raw[field];
      raw[field] = new Date(raw[field] as string);
    }
  }
  return activity;
}

/**
 * CloudAdapter whose HTTP entry point separates authentication from the turn: any failure to
 * authenticate (no token, bad signature, expired, wrong audience or issuer) is a 401 without
 * details, where CloudAdapter.process answers some of them with 500 and the library's message.
 * With no app id configured, botbuilder accepts anonymous requests only (a token is then refused).
 * Connector and user-token clients are reused across turns (ClientReusingAuthentication).
 */
export class SecureCloudAdapter extends CloudAdapter {
  private readonly authentication: BotFrameworkAuthentication;

  constructor(authentication: BotFrameworkAuthentication) {
    const reusing = new ClientReusingAuthentication(authentication);
    super(reusing);
    this.authentication = reusing;
  }

  async processHttp(
    body: Activity,
    authHeader: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<MessagingResult> {
    const activity = reviveTimestamps(body);
    let auth: AuthenticateRequestResult;
    try {
      auth = await this.authentication.authenticateRequest(activity, authHeader);
    } catch {
      return { status: 401, body: { error: 'unauthorized' } };
    }
    const invokeResponse = await this.processActivity(auth, activity, logic);
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  }
}
