import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { claimQuestion } from '../domain/arrangement/claimQuestion';
import type { ClaimLines } from '../domain/arrangement/claimLines';
import {
  asksAboutInterest,
  asksAboutLaterFine,
  asksMonthlyAmount,
  asksWhatTotalIncludes,
  asksWhichClaims,
  saysAlreadyPaidPart,
  saysOtherFineReceived,
  wantsToPayOneFirst,
} from '../domain/arrangement/planQuestions';
import { ownClaimQuestion } from '../domain/language/ownClaimQuestion';
import { formatMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { claimsOnStack, draftOnStack, PLAN_PROMPT } from './arrangementFlowState';
import {
  description,
  includedClaimsReply,
  scheduleBreakdownReply,
  scheduleTotalReply,
} from './arrangementReplies';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';

/**
 * "Zit de boete van rood licht er ook in?", "what happens to the 309 euro one?": that fine, in the
 * schedule or left out and why; a fine that matches none (or several) gets the whole list.
 */
function claimQuestionReply(
  context: TurnContext,
  deps: DialogDeps,
  claims: ClaimLines,
  message: string,
): Reply | undefined {
  const asked = claimQuestion(message, claims);
  if (!asked) return undefined;
  if (asked.kind === 'list') return includedClaimsReply(context, deps, claims);
  const vars = {
    description: description(context, asked.claim),
    amount: formatMoney(asked.claim.openCents, turnLocale(context)),
  };
  if (asked.kind === 'included') {
    // The yes, then the fines in it (and those left out), as "which fines are in it?" hears them.
    const yes = text(context, deps, 'arrangement:claims.oneIncluded', vars);
    const list = includedClaimsReply(context, deps, claims);
    // On the phone the yes alone: the whole list again is long to listen to.
    return { text: `${yes}\n\n${list.text ?? ''}`, speech: yes };
  }
  return {
    text: text(context, deps, 'arrangement:claims.oneExcluded', {
      ...vars,
      reason: text(context, deps, `arrangement:excluded.${asked.reason}`),
    }),
  };
}

/**
 * "Which fines are in it?" / "is the red light one in it?" / "why is this one not in it?": the claims
 * of the schedule and those left out with why; "and if I get another fine?": it is not added by
 * itself (DOMAIN.md §1.8); "one fine now and the rest in parts": the arrangement covers what is open
 * when it is requested.
 */
export function claimsAside(innerDc: DialogContext, deps: DialogDeps, message: string): Reply | undefined {
  const context = innerDc.context;
  const claims = claimsOnStack(innerDc);
  // One fine named ("zit de rood licht boete erin?"); a fine still to come and the costs have their own answers.
  const named =
    claims && !asksAboutLaterFine(message) && !asksWhatTotalIncludes(message) && !wantsToPayOneFirst(message)
      ? claimQuestionReply(context, deps, claims, message)
      : undefined;
  if (named) return named;
  if (claims && asksWhichClaims(message)) return includedClaimsReply(context, deps, claims);
  // "Warum so viel?" at the schedule: what its fines are made of, not the general text on increases.
  const breakdown =
    claims && ownClaimQuestion(message) === 'breakdown'
      ? scheduleBreakdownReply(context, deps, claims)
      : undefined;
  if (breakdown) return breakdown;
  // A fine already received that is not in the schedule cannot be added here either; one to come is not added by itself.
  if (asksAboutLaterFine(message))
    return {
      text: text(
        context,
        deps,
        saysOtherFineReceived(message) ? 'arrangement:plan.otherFine' : 'arrangement:plan.newFines',
      ),
    };
  // "Komt er nog rente bij?" with a compensation order in it: its statutory interest (DOMAIN.md §1.7).
  if (claims?.included.some((c) => c.type === 'schadevergoedingsmaatregel') && asksAboutInterest(message))
    return { text: text(context, deps, 'arrangement:plan.compensationInterest') };
  // "Maar ik heb al 50 euro betaald": no amount of one's own (nor "too high"); the amounts are what is open now.
  if (saysAlreadyPaidPart(message)) return { text: text(context, deps, 'arrangement:plan.alreadyPaid') };
  const draft = draftOnStack(innerDc);
  // "Zijn de administratiekosten inbegrepen?": the total is everything open on these fines.
  if (draft && asksWhatTotalIncludes(message))
    return {
      text: text(context, deps, 'arrangement:plan.totalIncludes', {
        total: formatMoney(draft.totalAmount, turnLocale(context)),
      }),
    };
  // "Hoeveel was het ook alweer per maand?" (at the contact question too): the schedule in one sentence.
  if (draft && asksMonthlyAmount(message)) return scheduleTotalReply(context, deps, draft);
  if (innerDc.activeDialog?.id === PLAN_PROMPT && wantsToPayOneFirst(message))
    return { text: text(context, deps, 'arrangement:plan.payOneFirst') };
  return undefined;
}
