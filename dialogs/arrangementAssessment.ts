import type { TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import {
  assessArrangement,
  type ArrangementAssessment,
  type RefusalReason,
} from '../domain/arrangement/assessArrangement';
import type { ArrangementPolicy } from '../domain/arrangement/arrangementPolicy';
import { standardAgainFrom } from '../domain/arrangement/assessArrangement';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { formatDate } from '../domain/dates';
import { claimsLeftOut } from '../domain/arrangement/claimLines';
import type { Claim } from '../domain/claims/claim';
import type { IntentId } from '../domain/language/intents';
import { CollectionUnavailableError, NotFoundError } from '../domain/errors';
import { formatMoney } from '../domain/money';
import { excludedClaimsReply, existingArrangementReplies } from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { offeredChoices } from './offerAnswer';
import { rememberRefusal } from './refusalFollowUp';
import { PERSON_OFFER_DIALOG, type PersonOfferOptions } from './personOfferDialog';
import {
  answerAppealWorry,
  answerLowerInstalment,
  answerRunningQuestion,
  coveredClaimsReply,
  onlyRunning,
  onlyUnderAppeal,
} from './runningArrangementAnswers';
import { say, text, turnLocale } from './turn';

/** The policy applied to the claims and the debtor's arrangement history; undefined when the back office cannot answer. */
export async function assess(
  deps: DialogDeps,
  debtorId: string,
  claims: Claim[],
): Promise<ArrangementAssessment | undefined> {
  const { arrangements, collection } = deps;
  if (!arrangements || !collection) return undefined;
  try {
    const { brokenArrangementOn } = await collection.getArrangementStatus(debtorId);
    return assessArrangement(
      {
        claims,
        brokenArrangementOn,
        today: calendarDateIn(deps.clock.now(), arrangements.policy.timeZone),
      },
      arrangements.policy,
    );
  } catch (err) {
    if (err instanceof CollectionUnavailableError || err instanceof NotFoundError) return undefined;
    throw err;
  }
}

/** Before any schedule: the running arrangements, and the claims left out with why. */
export async function sayAssessment(
  context: TurnContext,
  deps: DialogDeps,
  assessment: ArrangementAssessment,
): Promise<void> {
  for (const reply of existingArrangementReplies(context, deps, assessment)) await say(context, deps, reply);
  const data = await deps.state.conversation.get(context, {});
  if (assessment.existing.length > 0) data.runningArrangement = true;
  // "… en kan de termijn van deze maand niet betalen" said before the lookup: what to do, with this one.
  if (assessment.existing.length > 0 && data.askedBeforeLookup === 'instalmentUnpaid') {
    data.askedBeforeLookup = undefined;
    await say(context, deps, { text: text(context, deps, 'lookup:askedBefore.instalmentUnpaid') });
  }
  // All in the running arrangement: its fines under its own heading, no "not in the new arrangement".
  if (onlyRunning(assessment)) return say(context, deps, coveredClaimsReply(context, deps, assessment));
  // Under appeal and said before: the worry is answered (refuse), not the same list again.
  if (onlyUnderAppeal(assessment) && data.appealRefusalShown) return;
  const excluded = excludedClaimsReply(context, deps, claimsLeftOut(assessment.excluded));
  if (excluded) await say(context, deps, excluded);
}

/**
 * No standard arrangement, and why: after a broken arrangement with the offer of a person (a
 * personal arrangement); an amount below the minimum or nothing left to arrange ends the flow.
 */
export async function refuse(
  deps: DialogDeps,
  step: WaterfallStepContext,
  assessment: ArrangementAssessment,
  reason: RefusalReason,
): Promise<DialogTurnResult> {
  const context = step.context;
  const locale = turnLocale(context);
  const policy = deps.arrangements!.policy;
  switch (reason) {
    case 'broken_arrangement': {
      // The date on record said at once (the citizen may remember it, or dispute it).
      const brokenOn = assessment.brokenArrangementOn;
      const months = policy.brokenArrangementLookBackMonths;
      await say(context, deps, {
        text: brokenOn
          ? text(context, deps, 'handoff:brokenArrangement.refusedOn', {
              months,
              date: formatDate(brokenOn, locale),
            })
          : text(context, deps, 'arrangement:refused.broken_arrangement', { months }),
      });
      return step.replaceDialog(PERSON_OFFER_DIALOG, {
        reason: 'broken_arrangement',
        why: brokenWhy(brokenOn, policy, locale),
      } satisfies PersonOfferOptions);
    }
    case 'below_minimum': {
      const money = (cents: number): string => formatMoney(cents, locale);
      // The earliest due date, for "I cannot pay that at once" next (see belowMinimumCannotPay).
      const due = assessment.included.map((c) => c.dueDate).sort()[0];
      const vars = {
        minimum: money(policy.minimumCents),
        base: money(assessment.minimumBaseCents),
        total: money(assessment.totalCents),
        ...(due ? { due: formatDate(due, locale) } : {}),
      };
      const refusal = { key: 'arrangement:refused.below_minimum', vars };
      // With what the text points to as choices: how to pay it at once, or "I cannot pay".
      const offered: IntentId[] = ['how_to_pay', 'cannot_pay'];
      (await deps.state.conversation.get(context, {})).pendingClarification = offered;
      await say(context, deps, {
        text: text(context, deps, refusal.key, refusal.vars),
        choices: offeredChoices(context, deps, offered),
        expectsInput: true,
      });
      await rememberRefusal(context, deps, refusal);
      return step.endDialog({});
    }
    case 'no_eligible_claims': {
      // The question about the running arrangement asked before the identification, answered now.
      if (onlyRunning(assessment)) {
        if (await answerLowerInstalment(step, deps))
          return step.replaceDialog(PERSON_OFFER_DIALOG, {
            reason: 'personal_arrangement',
          } satisfies PersonOfferOptions);
        if (await answerRunningQuestion(step, deps, assessment)) {
          await askWhatElse(context, deps, 'lookup:standing.whatElse');
          return step.endDialog({});
        }
      }
      if (onlyUnderAppeal(assessment)) {
        const data = await deps.state.conversation.get(context, {});
        const again = data.appealRefusalShown === true;
        data.appealRefusalShown = true;
        if (await answerAppealWorry(step, deps, again)) {
          await askWhatNow(context, deps, assessment);
          return step.endDialog({});
        }
      }
      // A running arrangement alone was shown above and says enough.
      if (
        assessment.existing.length === 0 ||
        assessment.excluded.some((e) => e.reason !== 'in_arrangement')
      ) {
        const refusal = { key: 'arrangement:refused.no_eligible_claims' };
        await say(context, deps, { text: text(context, deps, refusal.key) });
        await rememberRefusal(context, deps, refusal);
        await askWhatNow(context, deps, assessment);
      } else await askWhatElse(context, deps);
      return step.endDialog({});
    }
  }
}

/**
 * "Waarom niet?", "wanneer kan ik dan wel weer een regeling?" after the refusal for a broken
 * arrangement: its date on record and the first day the policy allows a standard one again (or a
 * person now); without a date on record, the refusal itself again.
 */
function brokenWhy(
  brokenOn: string | undefined,
  policy: ArrangementPolicy,
  locale: ReturnType<typeof turnLocale>,
): NonNullable<PersonOfferOptions['why']> {
  const months = policy.brokenArrangementLookBackMonths;
  if (!brokenOn) return { key: 'arrangement:refused.broken_arrangement', vars: { months } };
  const vars = {
    months,
    date: formatDate(brokenOn, locale),
    from: formatDate(standardAgainFrom(brokenOn, policy), locale),
  };
  return { key: 'arrangement:refused.brokenWhy', vars };
}

/** What a citizen with a running arrangement may want next, offered as the router's choices. */
const AFTER_RUNNING: IntentId[] = ['cannot_pay', 'fine_status', 'human_agent'];

/**
 * Everything is in the running arrangement: nothing to request, and the conversation goes on with
 * a question (an instalment that cannot be paid, the fines, a person), not a dead end.
 */
async function askWhatElse(
  context: TurnContext,
  deps: DialogDeps,
  question = 'arrangement:existing.whatElse',
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = [...AFTER_RUNNING];
  await say(context, deps, {
    text: text(context, deps, question),
    choices: offeredChoices(context, deps, AFTER_RUNNING),
    expectsInput: true,
  });
}

/**
 * Nothing to arrange (with the bailiff, under appeal, paid): the conversation goes on with a question
 * and what may help (a person; how to pay when something is to be paid now), never a dead end (on the
 * phone: silence).
 */
async function askWhatNow(
  context: TurnContext,
  deps: DialogDeps,
  assessment: ArrangementAssessment,
): Promise<void> {
  // (Under appeal nothing is to be paid for now either.)
  const toPay = assessment.excluded.some((e) => e.reason !== 'paid' && e.reason !== 'appeal_pending');
  const offered: IntentId[] = toPay ? ['how_to_pay', 'human_agent'] : ['human_agent'];
  const data = await deps.state.conversation.get(context, {});
  data.pendingClarification = offered;
  // All that is to be paid is with the bailiff: paying and an arrangement go through the bailiff
  // (DOMAIN.md §1.9), and "hoe betaal ik?" next is answered so (requestRouting), not the CJIB's ways.
  const payable = assessment.excluded.filter((e) => e.reason !== 'paid' && e.reason !== 'appeal_pending');
  if (payable.length > 0 && payable.every((e) => e.reason === 'bailiff')) {
    data.bailiffShown = true;
    await say(context, deps, { text: text(context, deps, 'arrangement:refused.bailiffOnly') });
  }
  await say(context, deps, {
    text: text(context, deps, 'arrangement:refused.whatNow'),
    choices: offeredChoices(context, deps, offered),
    expectsInput: true,
  });
}
