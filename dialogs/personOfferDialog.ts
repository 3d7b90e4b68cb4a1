import {
  ComponentDialog,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { Dialog } from 'botbuilder-dialogs';
import type { HandoffReason } from '../domain/handoff/handoffCase';
import { asksWhyNot } from '../domain/arrangement/planQuestions';
import { asksWhenAgain } from '../domain/arrangement/whenAgain';
import { disputesRefusal } from '../domain/arrangement/refusalDispute';
import { choosesStandardArrangement } from '../domain/handoff/standardInstead';
import { wantsBackToFlow } from '../domain/language/backToFlow';
import { tellsOwnSituation } from '../domain/handoff/ownSituation';
import type { TopicId } from '../domain/knowledge/topics';
import { promptOptions, readYesNo, yesNoChoices } from './arrangementPrompts';
import type { DialogDeps } from './dialogDeps';
import { topicReply } from './faqAnswer';
import { acknowledgeOwnAmount, ownAmountAtOffer } from './ownAmountOffer';
import type { FlowResult } from './mainDialog';
import { say, text, turnLocale, turnRecognition } from './turn';

export const PERSON_OFFER_DIALOG = 'arrangement.personOffer';
const STEPS = 'arrangement.personOffer.steps';
const PROMPT = 'arrangement.personOffer.prompt';

export interface PersonOfferOptions {
  /** Why a person is needed; staff see it with the handoff (ConversationData.handoffReason). */
  reason: Extract<HandoffReason, 'personal_arrangement' | 'cannot_pay' | 'broken_arrangement'>;
  /** A knowledge-base answer said first (the noodstop, the personal arrangement). */
  topicId?: TopicId;
  /** Why the standard arrangement is refused, said again when the citizen asks "why not?". */
  why?: { key: string; vars?: Record<string, string | number> };
  /** The standard schedule found too high: "ik kan maar 20 euro" is measured against its monthly amount. */
  standard?: { monthlyCents: number; months: number; totalCents?: number };
  /** "Ik kan maar 20 euro per maand": the amount the citizen named with the objection, in cents. */
  ownMonthlyCents?: number;
}

/**
 * Where the standard arrangement is not the answer: says what is possible (from the knowledge base)
 * and offers a person. Yes ends with `{ handoff: true }` and the reason for staff; no ends kindly.
 */
export class PersonOfferDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(PERSON_OFFER_DIALOG);
    this.addDialog(
      new TextPrompt(PROMPT, async (prompt) => {
        const validations = prompt.options.validations as
          Pick<PersonOfferOptions, 'why' | 'standard' | 'reason'> | undefined;
        const why = validations?.why;
        const message = prompt.context.activity.text ?? '';
        const asksWhy = asksWhyNot(message) || asksWhenAgain(message);
        // "Dat klopt niet, ik heb wel betaald" (its "klopt niet" is no "no"): the refusal disputed. Only
        // staff can look at the earlier arrangement (DOMAIN.md §1.6): acknowledged, the date on record
        // and the rule said, and the offer asked again; a dispute is no yes ("nee" next declines it).
        if (validations?.reason === 'broken_arrangement' && !asksWhy && disputesRefusal(message)) {
          const date = why?.vars?.date;
          const key = date ? 'handoff:brokenArrangement.disputedOn' : 'handoff:brokenArrangement.disputed';
          await say(prompt.context, deps, { text: text(prompt.context, deps, key, { date }) });
          if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
          return false;
        }
        // "Nee, terug naar de regeling": no person, the arrangement goes on (see answered).
        if (wantsBackToFlow(message)) return true;
        const answer = await readYesNo(prompt.context, deps, this.choices(prompt.context));
        if (answer === 'yes' || answer === 'no') return true;
        // "Ik kan maar 20 euro per maand" after "too high": acknowledged and passed on, then the offer again.
        if (validations?.reason === 'personal_arrangement') {
          const own = await ownAmountAtOffer(prompt.context, deps);
          if (own !== undefined) {
            await acknowledgeOwnAmount(prompt.context, deps, own, validations.standard);
            if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
            return false;
          }
        }
        // "Ik heb een uitkering van 1100 euro en 3 kinderen": thanked, and that the person who takes
        // over reads it (the handoff summary carries the conversation); then the offer again.
        if (!asksWhy && tellsOwnSituation(message)) {
          await say(prompt.context, deps, { text: text(prompt.context, deps, 'arrangement:person.situationNoted') });
          if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
          return false;
        }
        // "Waarom kan dat niet?", "why not?": the reason again, then the offer (the retry); also
        // "wanneer kan ik dan wel weer een regeling?", which the recogniser hears as a new request.
        if (why && asksWhy) {
          await say(prompt.context, deps, { text: text(prompt.context, deps, why.key, why.vars) });
          if (prompt.options.retryPrompt) await prompt.context.sendActivity(prompt.options.retryPrompt);
          return false;
        }
        return answer !== undefined || prompt.attemptCount >= 3;
      }),
    );
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.offer.bind(this),
        this.answered.bind(this),
        this.afterDeclined.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private async offer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const options = step.options as PersonOfferOptions;
    (step.values as Partial<PersonOfferOptions>).reason = options.reason;
    // "Ik kan maar 20 euro per maand" as the objection: that amount acknowledged, not only the general text.
    if (options.ownMonthlyCents !== undefined)
      await acknowledgeOwnAmount(context, this.deps, options.ownMonthlyCents, options.standard);
    else if (options.topicId)
      await say(
        context,
        this.deps,
        topicReply(this.deps.localizer, turnLocale(context), options.topicId, false),
      );
    const keys = { ask: 'arrangement:person.ask', retry: 'arrangement:person.ask' };
    const { why, standard, reason } = options;
    return step.prompt(PROMPT, {
      ...promptOptions(context, this.deps, keys, this.choices(context)),
      validations: { why, standard, reason },
    });
  }

  private async answered(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const reason = (step.values as Partial<PersonOfferOptions>).reason;
    // "Ok then I'll take the standard one" (its "ok" is no yes to a person): the schedule again.
    if (reason === 'personal_arrangement' && choosesStandardArrangement(context.activity.text ?? ''))
      return this.standardAfterAll(step);
    // "Ok, terug naar de regeling", "ga maar verder": the arrangement again, never a yes to a person.
    if (wantsBackToFlow(context.activity.text ?? ''))
      return step.endDialog({ next: 'payment_arrangement' } satisfies FlowResult);
    const answer = await readYesNo(context, this.deps, this.choices(context));
    if (answer === 'yes') {
      const data = await this.deps.state.conversation.get(context, {});
      data.handoffReason = (step.values as Partial<PersonOfferOptions>).reason;
      return step.endDialog({ handoff: true } satisfies FlowResult);
    }
    if (answer === 'no' && reason === 'personal_arrangement') {
      // The standard schedule is still there: "dan toch de gewone regeling" next takes it.
      await say(context, this.deps, {
        text: text(context, this.deps, 'arrangement:person.declinedStandard'),
      });
      return Dialog.EndOfTurn;
    }
    if (answer === 'no') {
      await say(context, this.deps, { text: text(context, this.deps, 'arrangement:person.declined') });
      return step.endDialog({} satisfies FlowResult);
    }
    return step.endDialog({ reroute: true } satisfies FlowResult);
  }

  /** After "no" to a person for a personal arrangement: the standard one after all, else routed as usual. */
  private async afterDeclined(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const recognition = await turnRecognition(context, this.deps);
    const yes = recognition.entities.yesNo === true && recognition.text.trim().split(/\s+/).length <= 4;
    if (choosesStandardArrangement(recognition.text) || (yes && recognition.intent !== 'human_agent'))
      return this.standardAfterAll(step);
    return step.endDialog({ reroute: true } satisfies FlowResult);
  }

  /**
   * The standard schedule after all: the lower amount said before ("ik kan maar 20 per maand") is no
   * longer the citizen's wish, so it is neither said under the schedule again nor passed on to staff.
   */
  private async standardAfterAll(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (await this.deps.state.conversation.get(step.context, {})).ownMonthlyCents = undefined;
    return step.endDialog({ next: 'payment_arrangement' } satisfies FlowResult);
  }

  private choices(context: WaterfallStepContext['context']) {
    return yesNoChoices(context, this.deps, 'arrangement:person.yes', 'arrangement:person.no');
  }
}
