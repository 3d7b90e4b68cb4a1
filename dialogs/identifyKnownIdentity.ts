import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { DebtorVerification } from './debtorVerification';
import type { DialogDeps } from './dialogDeps';
import { concludeIdentification } from './identifyOutcome';
import { rememberSignin, signinTokenOf } from './signinToken';
import { say, text } from './turn';

/**
 * A signed-in token on this activity, or an identification earlier in the conversation: the
 * citizen is not asked for the letter's number. Ends the dialog when the back office knows the
 * debtor; undefined (after saying so when a sign-in could not be used) when the number is to be asked.
 */
export async function continueKnownIdentity(
  deps: DialogDeps,
  verification: DebtorVerification,
  step: WaterfallStepContext,
): Promise<DialogTurnResult | undefined> {
  const context = step.context;
  const data = await deps.state.conversation.get(context, {});
  const token = signinTokenOf(context.activity);
  if (token) {
    const identity = deps.signinTokens?.verify(token);
    if (!identity) return signinRejected(context, deps, () => verification.tokenRejected(context));
    rememberSignin(data, identity.debtorId, deps);
  }
  if (!data.identified) return undefined;
  const found = await verification.byIdentity(context, data.identified);
  if (found.kind !== 'unknown_debtor') return concludeIdentification(deps, step, found);
  data.identified = undefined;
  return signinRejected(context, deps);
}

/** Says the sign-in could not be used; the dialog goes on with the letter's number. */
async function signinRejected(
  context: TurnContext,
  deps: DialogDeps,
  record?: () => Promise<void>,
): Promise<undefined> {
  await record?.();
  await say(context, deps, { text: text(context, deps, 'lookup:signinRejected') });
  return undefined;
}
