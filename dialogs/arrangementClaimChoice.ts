import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { claimSelection } from '../domain/arrangement/claimSelection';
import type { ClaimLine } from '../domain/arrangement/claimLines';
import { formatMoney } from '../domain/money';
import { claimsOnStack, draftOnStack, PLAN_PROMPT, STEPS } from './arrangementFlowState';
import { description } from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnLocale } from './turn';

/** What the flow's steps are started with when the citizen chose the fines: their CJIB numbers. */
export interface ClaimChoice {
  only?: string[];
}

/**
 * At the schedule, "alleen voor de boete van het rode licht" or "kan ik de snelheidsboete eruit
 * laten?": an arrangement may cover one fine or a combination (DOMAIN.md §1.1), so the schedule is
 * made again for the fines chosen, by the same rules (the € 75 minimum and the term table apply to
 * what goes in). The request is only filed after its own confirmation, under its own idempotency
 * key. "Maar voor 1 boete" without naming it asks which one.
 */
export async function chooseClaims(
  innerDc: DialogContext,
  deps: DialogDeps,
): Promise<DialogTurnResult | undefined> {
  if (innerDc.activeDialog?.id !== PLAN_PROMPT) return undefined;
  const context = innerDc.context;
  const claims = claimsOnStack(innerDc);
  const draft = draftOnStack(innerDc);
  if (!claims || !draft || claims.included.length < 2) return undefined;
  const data = await deps.state.conversation.get(context, {});
  const whichAsked =
    data.claimChoiceAskedTurn !== undefined && data.claimChoiceAskedTurn === (data.turns ?? 0) - 1;
  data.claimChoiceAskedTurn = undefined;
  const selection = claimSelection(context.activity.text ?? '', claims.included, whichAsked);
  if (!selection) return undefined;
  const locale = turnLocale(context);
  const named = (lines: ClaimLine[]): string =>
    lines.map((line) => `${description(context, line)} (${formatMoney(line.openCents, locale)})`).join('; ');
  if (selection.kind === 'which') {
    data.claimChoiceAskedTurn = data.turns ?? 0;
    await say(context, deps, {
      text: text(context, deps, 'arrangement:choice.which', {
        fines: named(claims.included),
        example: description(context, claims.included[0]!),
      }),
      expectsInput: true,
    });
    return Dialog.EndOfTurn;
  }
  const chosen = selection.indexes.map((i) => claims.included[i]!);
  const others = claims.included.filter((_, i) => !selection.indexes.includes(i));
  await say(context, deps, {
    text: text(context, deps, 'arrangement:choice.chosen', { chosen: named(chosen), others: named(others) }),
  });
  // The schedule's draft lists the included fines' CJIB numbers in the order of the claim lines.
  const only = selection.indexes.map((i) => draft.cjibNumbers[i]!).filter(Boolean);
  await innerDc.cancelAllDialogs();
  return innerDc.beginDialog(STEPS, { only } satisfies ClaimChoice);
}
