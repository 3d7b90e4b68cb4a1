import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { ArrangementAssessment } from '../domain/arrangement/assessArrangement';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { openAmount } from '../domain/claims/claim';
import { asksLowerInstalment, worriesAmountGrows } from '../domain/claims/runningArrangementWish';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import { formatMoney } from '../domain/money';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import type { ClaimsReplyContext } from './claimsReply';
import { describeClaim } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import { lowerInstalmentReply } from './lowerInstalmentReply';
import { nextInstalmentReply, paidOffReply, payRestReply } from './ownArrangementNext';
import { say, text, turnLocale, turnRecognition } from './turn';

/*
 * The arrangement flow reached with nothing new to arrange: the citizen's own question about what
 * runs already is answered (the question kept from before the identification), not only the
 * new-arrangement view; "niet in de nieuwe regeling" is not said to someone who asked nothing new.
 */

/** Nothing new can be arranged and every fine left out is in a running arrangement. */
export function onlyRunning(assessment: ArrangementAssessment): boolean {
  return (
    !assessment.decision.eligible &&
    assessment.existing.length > 0 &&
    assessment.excluded.length > 0 &&
    assessment.excluded.every((e) => e.reason === 'in_arrangement')
  );
}

/** Nothing new can be arranged because every fine is under appeal. */
export function onlyUnderAppeal(assessment: ArrangementAssessment): boolean {
  return (
    !assessment.decision.eligible &&
    assessment.excluded.length > 0 &&
    assessment.excluded.every((e) => e.reason === 'appeal_pending')
  );
}

function replyContext(context: TurnContext, deps: DialogDeps): ClaimsReplyContext {
  const timeZone = deps.arrangements?.policy.timeZone ?? 'Europe/Amsterdam';
  return {
    locale: turnLocale(context),
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), timeZone),
  };
}

/** The fines the running arrangement covers, under its own heading (not "not in the new arrangement"). */
export function coveredClaimsReply(
  context: TurnContext,
  deps: DialogDeps,
  assessment: ArrangementAssessment,
): Reply {
  const locale = turnLocale(context);
  const why = text(context, deps, 'arrangement:excluded.in_arrangement');
  const lines = assessment.excluded.map(
    ({ claim }) =>
      `${text(context, deps, 'arrangement:claims.line', {
        description: describeClaim(claim, locale),
        amount: formatMoney(openAmount(claim), locale),
      })}: ${why}`,
  );
  const heading = text(context, deps, 'lookup:standing.coveredHeading');
  return {
    text: `**${heading}**\n${lines.map((l) => `- ${l}`).join('\n')}`,
    speech: lines.join(' '),
  };
}

/** The message that started the flow (kept through the identification), else this turn's. */
async function askedFirst(step: WaterfallStepContext, deps: DialogDeps): Promise<string> {
  const started = (step.options as { recognition?: Recognition } | undefined)?.recognition?.text;
  return started ?? (await turnRecognition(step.context, deps)).text;
}

/**
 * With only a running arrangement: "de rest in één keer betalen?", "wanneer is de volgende termijn?",
 * "wanneer ben ik klaar?" answered from the fines in it. True when answered.
 */
export async function answerRunningQuestion(
  step: WaterfallStepContext,
  deps: DialogDeps,
  assessment: ArrangementAssessment,
): Promise<boolean> {
  const question = ownClaimQuestion(await askedFirst(step, deps));
  const claims = assessment.excluded.map((e) => e.claim);
  const ctx = replyContext(step.context, deps);
  const reply =
    question === 'payRest'
      ? payRestReply(claims, ctx)
      : question === 'nextInstalment'
        ? nextInstalmentReply(claims, ctx)
        : question === 'paidOff'
          ? paidOffReply(claims, ctx)
          : undefined;
  if (!reply) return false;
  await say(step.context, deps, reply);
  return true;
}

/**
 * "Kan het maandbedrag van mijn regeling omlaag, ik ben mijn baan kwijt": the loss acknowledged, a
 * personal arrangement with proof (DOMAIN.md §1.4; whether the running one is changed is the CJIB's
 * decision), the noodstop as the second way (§1.5). True when said; a person is offered next.
 */
export async function answerLowerInstalment(step: WaterfallStepContext, deps: DialogDeps): Promise<boolean> {
  const messages = [await askedFirst(step, deps), (await turnRecognition(step.context, deps)).text];
  if (!messages.some(asksLowerInstalment)) return false;
  await say(step.context, deps, lowerInstalmentReply(deps.localizer, turnLocale(step.context), messages));
  return true;
}

/**
 * Under appeal and asked again ("maar ik wil gewoon in delen betalen zodat het niet hoger wordt"):
 * the worry answered (nothing is due during the appeal, DOMAIN.md §1.8/§4) rather than the refusal
 * word for word. True when said.
 */
export async function answerAppealWorry(
  step: WaterfallStepContext,
  deps: DialogDeps,
  again: boolean,
): Promise<boolean> {
  const now = (await turnRecognition(step.context, deps)).text;
  if (!again && !worriesAmountGrows(now) && !worriesAmountGrows(await askedFirst(step, deps))) return false;
  await say(step.context, deps, { text: text(step.context, deps, 'lookup:standing.appealNothingDue') });
  return true;
}
