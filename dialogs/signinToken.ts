import type { Activity, TurnContext } from 'botbuilder';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { turnRecognition } from './turn';

type Loose = Record<string, unknown> | undefined;

function tokenIn(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > 0) return value;
  const obj = value as Loose;
  const token = obj?.signinToken ?? obj?.token;
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

/**
 * The signed-in token a website passes for a citizen it signed in (DigiD): Web Chat / Direct Line
 * user data puts it in `channelData.signinToken` or `from.properties.signinToken`, or sends an
 * event named `signin` with the token as its value.
 */
export function signinTokenOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = tokenIn((activity.channelData as Loose)?.signinToken);
  if (fromChannelData) return fromChannelData;
  const fromUser = tokenIn((activity.from as { properties?: Loose } | undefined)?.properties?.signinToken);
  if (fromUser) return fromUser;
  if (activity.type === 'event' && activity.name === 'signin') return tokenIn(activity.value);
  return undefined;
}

/** The conversation now knows the citizen by their sign-in (unless it knew this debtor already). */
export function rememberSignin(
  data: ConversationData,
  debtorId: string,
  deps: Pick<DialogDeps, 'clock'>,
): void {
  if (data.identified?.debtorId === debtorId) return;
  data.identified = { debtorId, cjibNumbers: [], via: 'signin', at: deps.clock.now().toISOString() };
}

/**
 * Runs on every activity, before the dialogs: remembers a valid sign-in (so no flow asks who the
 * citizen is) and the last CJIB number mentioned (so the lookup does not ask for it again).
 * A token that does not verify is ignored here; the lookup says so when it needs one.
 */
export async function rememberConversationIdentity(context: TurnContext, deps: DialogDeps): Promise<void> {
  const activity = context.activity;
  const token = signinTokenOf(activity);
  const identity = token && deps.signinTokens?.verify(token);
  if (identity) rememberSignin(await deps.state.conversation.get(context, {}), identity.debtorId, deps);
  if (activity.type === 'message' && activity.text?.trim()) {
    const number = (await turnRecognition(context, deps)).entities.cjibNumber;
    if (number) (await deps.state.conversation.get(context, {})).mentionedCjibNumber = number;
  }
}
