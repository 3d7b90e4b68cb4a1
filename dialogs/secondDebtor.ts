/**
 * A second letter looked up in one conversation that belongs to another person (another debtor, as
 * verified): its fines neither join nor silently replace the first letter's. The overview says it
 * shows only this letter's fines and why (an arrangement applies per person); the earlier
 * identification is kept aside, an arrangement names the letter it is about, and the other letter's
 * number given again switches back to it without asking its postcode again.
 */
import type { TurnContext } from 'botbuilder';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { say, text } from './turn';

type Identified = NonNullable<ConversationData['identified']>;

/** Turn-state marker: this turn's identification put an earlier one (of another person) aside. */
const SET_ASIDE = 'cjib.otherDebtorSetAside';
/** Turn-state marker: the arrangement's letter was named this turn (the lookup may hand on to the arrangement). */
const TOLD_WHICH = 'cjib.arrangementLetterTold';

const ending = (identified: Identified): string => identified.cjibNumbers[0]?.slice(-4) ?? '';

/** Records a new identification; one of another person keeps the earlier one aside and says so later. */
export function rememberIdentification(context: TurnContext, data: ConversationData, next: Identified): void {
  const before = data.identified;
  if (
    before &&
    before.debtorId !== next.debtorId &&
    before.via === 'cjibNumber' &&
    next.via === 'cjibNumber'
  ) {
    data.otherIdentified = before;
    context.turnState.set(SET_ASIDE, ending(before));
  } else if (data.otherIdentified?.debtorId === next.debtorId) data.otherIdentified = undefined;
  // The same person again: the letter first looked up stays first (it names their fines).
  const numbers =
    before?.debtorId === next.debtorId
      ? [...new Set([...before.cjibNumbers, ...next.cjibNumbers])]
      : next.cjibNumbers;
  data.identified = { ...next, cjibNumbers: numbers };
}

/** Before the overview: only this letter's fines are shown, and why. */
export async function sayOtherLetterSetAside(context: TurnContext, deps: DialogDeps): Promise<void> {
  const before = context.turnState.get(SET_ASIDE) as string | undefined;
  if (before === undefined) return;
  await say(context, deps, { text: text(context, deps, 'lookup:twoDebtors.overview', { before }) });
}

/** "Regeling voor 5111…" with the number of the letter set aside: that person's identification again. */
export function switchToLetterSetAside(data: ConversationData, number: string | undefined): boolean {
  const other = data.otherIdentified;
  if (!number || !other?.cjibNumbers.includes(number) || !data.identified) return false;
  data.otherIdentified = data.identified;
  data.identified = other;
  return true;
}

/** At the start of an arrangement with two people's letters looked up: which letter it is about. */
export async function sayWhichLetterArranged(context: TurnContext, deps: DialogDeps): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  if (!data.identified || !data.otherIdentified || context.turnState.get(TOLD_WHICH)) return;
  context.turnState.set(TOLD_WHICH, true);
  await say(context, deps, {
    text: text(context, deps, 'lookup:twoDebtors.arrangementFor', {
      current: ending(data.identified),
      other: ending(data.otherIdentified),
    }),
  });
}
