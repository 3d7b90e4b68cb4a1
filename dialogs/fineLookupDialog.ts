import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogTurnResult,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { asksForArrangement } from '../domain/arrangement/arrangementWish';
import { DEFAULT_ARRANGEMENT_POLICY } from '../domain/arrangement/arrangementPolicy';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { type Claim, openAmount } from '../domain/claims/claim';
import type { IntentId } from '../domain/language/intents';
import { questionBesideLookup } from '../domain/knowledge/secondQuestion';
import { mentionsDeath } from '../domain/language/lookupAsides';
import type { OwnClaimQuestion } from '../domain/language/ownClaimQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import type { Reply } from '../domain/ports/replyRenderer';
import { fitOverviewToResidence } from './claimsAbroad';
import { claimsOffer } from './claimsOffer';
import { type ClaimsReplyContext, claimsReply, describeClaim } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import {
  IDENTIFY_DEBTOR_DIALOG,
  IdentifyDebtorDialog,
  type IdentifyOptions,
  type IdentifyResult,
} from './identifyDebtorDialog';
import type { FlowResult } from './mainDialog';
import { answerTopic } from './faqAnswer';
import { offerPerson } from './identifyReplies';
import { breakdownReply, ownArrangementReply } from './ownClaimReplies';
import { nextInstalmentReply, paidOffReply, payRestReply } from './ownArrangementNext';
import { cannotPayReply } from './ownCannotPayReply';
import { overpaidReply } from './overpaidReply';
import { answerAfterOverview } from './askedBeforeLookup';
import { sayRequestOnFile } from './lookupFiledRequest';
import { asksForRefund } from '../domain/claims/questionBeforeLookup';
import { lowerInstalmentReply } from './lowerInstalmentReply';
import { dueDateReply } from './ownDueDateReply';
import { paidAlreadyReply } from './ownPaidReply';
import { totalReply } from './ownTotalReply';
import { payFirstReply, whatNowReply } from './ownNextStepReply';
import { sayOtherLetterSetAside } from './secondDebtor';
import { say, turnLocale } from './turn';
import { whichFineReply } from './whichFineReply';

export const FINE_LOOKUP_DIALOG = 'fineLookup';

/** How the router starts the lookup. */
export interface FineLookupOptions {
  recognition?: Recognition;
  intent?: IntentId;
  /** A question about the citizen's own claims: answered instead of showing the whole overview. */
  question?: OwnClaimQuestion;
}
const STEPS = 'fineLookup.steps';

/** Due dates are Dutch calendar days. */
const DUE_DATE_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The message that started the lookup asked for an arrangement (with the letter's number in it);
 * "wie viele Raten noch?" asks about the running one instead.
 */
function wantsArrangement(options: FineLookupOptions | undefined): boolean {
  return (
    options?.recognition !== undefined && !options.question && asksForArrangement(options.recognition.text)
  );
}

/**
 * "What do I owe, is it paid, until when": verifies the citizen (IdentifyDebtorDialog), then shows
 * every claim with its stage and what that means, the open amount, the due date and the total, and
 * offers the next steps (pay, instalments, objection, a person) for the router to pick up.
 */
export class FineLookupDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FINE_LOOKUP_DIALOG);
    this.addDialog(new IdentifyDebtorDialog(deps));
    this.addDialog(new WaterfallDialog(STEPS, [this.identify.bind(this), this.present.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async identify(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as FineLookupOptions;
    // "My husband got a fine but he passed away": not a lookup of the citizen's own fines.
    const recognition = options.recognition;
    if (recognition && !recognition.entities.cjibNumber && mentionsDeath(recognition.text))
      return this.someoneDied(step);
    return step.beginDialog(IDENTIFY_DEBTOR_DIALOG, {
      recognition: options.recognition,
      ...(wantsArrangement(options) ? { purpose: 'arrangement' as const } : {}),
    } satisfies IdentifyOptions);
  }

  private async present(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as IdentifyResult;
    // Not identified: the identification already said why; hand a person request or reroute on.
    if (!('status' in result) || result.status !== 'identified') {
      const flow = result as FlowResult;
      return step.endDialog({
        ...(flow.handoff ? { handoff: true } : {}),
        ...(flow.reroute ? { reroute: true } : {}),
        ...(flow.next ? { next: flow.next } : {}),
      } satisfies FlowResult);
    }
    // "I want a payment plan, my number is …" came here for the number: the arrangement, with this identification.
    if (result.purpose === 'arrangement' || wantsArrangement(step.options as FineLookupOptions | undefined))
      return step.endDialog({ next: 'payment_arrangement' } satisfies FlowResult);
    const context = step.context;
    const ctx = {
      locale: turnLocale(context),
      localizer: this.deps.localizer,
      today: calendarDateIn(this.deps.clock.now(), DUE_DATE_TIME_ZONE),
    };
    // "I already paid, why a reminder?", "I paid twice" asked before the number: answered from these fines.
    const kept = await this.deps.state.conversation.get(context, {});
    const before = kept.askedBeforeLookup;
    kept.askedBeforeLookup = undefined;
    const allPaid = result.claims.length > 0 && result.claims.every((c) => c.stage === 'paid');
    const question =
      (step.options as FineLookupOptions | undefined)?.question ??
      (before === 'overpaid' ? 'overpaid' : before === 'paidNotSeen' && allPaid ? 'reminder' : undefined);
    // A letter of another person than the one looked up before: only its fines are shown, and why.
    await sayOtherLetterSetAside(context, this.deps);
    // "Maar ik heb een aanmaning gekregen" and all is paid: payment and reminder may have crossed.
    if (question === 'reminder' && result.claims.length > 0 && result.claims.every((c) => c.stage === 'paid'))
      await this.reminderAfterPaying(context, result.claims, ctx);
    else {
      const answer = this.ownAnswer(
        question,
        result.claims,
        ctx,
        (step.options as FineLookupOptions | undefined)?.recognition,
      );
      // "Hoeveel per maand?" without a running arrangement: the citizen's own schedule, as for "in termijnen?".
      if (!answer) return step.endDialog({ next: 'payment_arrangement' } satisfies FlowResult);
      await say(
        context,
        this.deps,
        await fitOverviewToResidence(context, this.deps, ctx.locale, result.claims, answer),
      );
      // "… en ook of ik bezwaar kan maken, ik reed niet zelf": the other question, for these fines.
      const besides = questionBesideLookup(
        (step.options as FineLookupOptions | undefined)?.recognition?.text ?? '',
      );
      if (besides) await answerTopic(context, this.deps, besides, { followUps: false });
      const after = before && !allPaid ? answerAfterOverview(before, result.claims, ctx) : undefined;
      if (after) await say(context, this.deps, after);
    }
    // An arrangement requested before for these fines: told, and not offered again.
    if (question === undefined || question === 'dueDate' || question === 'cannotPay')
      await sayRequestOnFile(context, this.deps, result.claims, ctx);
    const offer = await claimsOffer(context, this.deps, result.claims, ctx);
    if (offer.offered.length > 0) await say(context, this.deps, offer);
    // The router reads the next answer against these (by number, title or meaning).
    const data = await this.deps.state.conversation.get(context, {});
    data.pendingClarification = offer.offered.length > 0 ? offer.offered : undefined;
    if (result.claims.some((c) => c.stage === 'in_arrangement')) data.runningArrangement = true;
    const toPay = result.claims.filter((c) => openAmount(c) > 0);
    data.bailiffShown = toPay.length > 0 && toPay.every((c) => c.stage === 'bailiff') ? true : undefined;
    return step.endDialog({} satisfies FlowResult);
  }

  /** Kindness first, then the honest answer (a person knows about fines of someone who died), and a person offered. */
  private async someoneDied(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const locale = turnLocale(context);
    await say(context, this.deps, { text: this.deps.localizer.t(locale, 'lookup:deceased.condolence') });
    await say(context, this.deps, { text: this.deps.localizer.t(locale, 'lookup:deceased.honest') });
    await offerPerson(context, this.deps, this.deps.localizer.t(locale, 'lookup:deceased.offer'));
    // "Nee" to it: keep the letter and phone the CJIB, not the general menu.
    (await this.deps.state.conversation.get(context, {})).declinedNext = 'lookup:deceased.declined';
    return step.endDialog({} satisfies FlowResult);
  }

  /** The answer to a question about the own claims, or the whole overview (undefined: no arrangement to tell of). */
  private ownAnswer(
    question: OwnClaimQuestion | undefined,
    claims: Claim[],
    ctx: ClaimsReplyContext,
    /** The message that asked ("ik heb 188 euro overgemaakt" names an amount). */
    asked?: Recognition,
  ): Reply | undefined {
    if (question === 'breakdown') return breakdownReply(claims, ctx, (c) => describeClaim(c, ctx.locale));
    if (question === 'dueDate') return dueDateReply(claims, ctx);
    if (question === 'paidAlready') return paidAlreadyReply(claims, ctx) ?? claimsReply(claims, ctx);
    if (question === 'total') return totalReply(claims, ctx);
    if (question === 'payFirst') return payFirstReply(claims, ctx);
    if (question === 'whatNow') return whatNowReply(claims, ctx);
    if (question === 'cannotPay')
      return cannotPayReply(claims, ctx, this.deps.arrangements?.policy ?? DEFAULT_ARRANGEMENT_POLICY);
    if (question === 'nextInstalment') return nextInstalmentReply(claims, ctx);
    if (question === 'paidOff') return paidOffReply(claims, ctx);
    if (question === 'payRest')
      return payRestReply(claims, ctx) ?? ownArrangementReply(claims, 'openAmount', ctx);
    // (Nothing found: the overview says so.)
    if (question === 'whichFine')
      return claims.length ? whichFineReply(claims, ctx) : claimsReply(claims, ctx);
    if (question === 'lowerInstalment')
      return lowerInstalmentReply(this.deps.localizer, ctx.locale, [asked?.text ?? '']);
    if (question === 'overpaid')
      return claims.length
        ? overpaidReply(claims, ctx, asked?.entities.amountCents, asksForRefund(asked?.text ?? ''))
        : claimsReply(claims, ctx);
    if (question && question !== 'reminder') return ownArrangementReply(claims, question, ctx);
    return claimsReply(claims, ctx);
  }

  /**
   * What the record says (paid), and in a few words that payment and reminder crossed: the general
   * explanation was said before the lookup, or is moot now that the payment is seen.
   */
  private async reminderAfterPaying(
    context: TurnContext,
    claims: Claim[],
    ctx: ClaimsReplyContext,
  ): Promise<void> {
    const descriptions = claims.map((c) => describeClaim(c, ctx.locale)).join(', ');
    const t = (key: string, vars?: Record<string, unknown>): string =>
      this.deps.localizer.t(ctx.locale, key, vars);
    await say(context, this.deps, {
      text: `${t('lookup:own.reminder.paid', { descriptions })} ${t('lookup:own.reminder.crossed')}`,
    });
  }
}
