/**
 * Answers about an amount the conversation just spoke of (see domain/knowledge/amountFollowUp): the
 * term table, its monthly amount, several fines, the kantonrechter's deposit, the citizen's own amount.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { severalFines, termsForAmount } from '../domain/arrangement/termsForAmountQuestion';
import {
  amountContextAfter,
  amountFollowUpOf,
  TERMS_TOPICS,
  type AmountMessage,
} from '../domain/knowledge/amountFollowUp';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import type { TopicId } from '../domain/knowledge/topics';
import { formatMoney } from '../domain/money';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { activeFaqTopic, FAQ_DIALOG, type FaqOptions } from './faqState';
import { offeredChoices } from './offerAnswer';
import { offerPersonForOwnAmount } from './ownAmountOffer';
import { say, text, turnLocale } from './turn';

/** The FAQ topic answered last this turn (read from the FAQ dialog before it is left). */
const FAQ_TOPIC = Symbol('amountFollowUps.faqTopic');

/** The message as the amount follow-up rules see it. */
function amountMessage(
  recognition: Recognition,
  data: ConversationData,
  turn: TurnContext,
  first: boolean,
): AmountMessage {
  return {
    text: recognition.text,
    amountCents: recognition.entities.amountCents,
    ownFines: data.identified !== undefined || recognition.entities.cjibNumber !== undefined,
    topic: turn.turnState.get(FAQ_TOPIC) as TopicId | undefined,
    kept: data.amountContext,
    first,
  };
}

/**
 * At the FAQ's "did this help?": whether the message is such a follow-up. If so the FAQ dialog is
 * left (its topic kept for this turn) and the router answers it (answerAmountFollowUp).
 */
export async function leavesFaqForAmount(
  innerDc: DialogContext,
  deps: DialogDeps,
  recognition: Recognition,
): Promise<boolean> {
  const topic = activeFaqTopic(innerDc);
  if (!topic) return false;
  innerDc.context.turnState.set(FAQ_TOPIC, topic);
  const data = await deps.state.conversation.get(innerDc.context, {});
  const kind = amountFollowUpOf(amountMessage(recognition, data, innerDc.context, false));
  if (!kind) innerDc.context.turnState.delete(FAQ_TOPIC);
  return kind !== undefined;
}

/** Says the answer to such a follow-up (or starts the FAQ for a new terms question); undefined when not one. */
export async function answerAmountFollowUp(
  step: WaterfallStepContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<DialogTurnResult | undefined> {
  const turn = step.context;
  const message = amountMessage(recognition, data, turn, true);
  const kind = amountFollowUpOf(message);
  const known = amountContextAfter(message.topic, message.kept);
  // Kept for the next message only: a later "hoeveel?" is a question of its own.
  data.amountContext = undefined;
  if (!kind) return undefined;
  data.misunderstandings = 0;
  const locale = turnLocale(turn);
  const money = (cents: number): string => formatMoney(cents, locale);
  if (kind === 'terms') {
    data.amountContext = { kind: 'terms', amountCents: recognition.entities.amountCents };
    data.lastIntent = 'payment_arrangement';
    // The topic the question names (the conditions, the table), as routed; never the lookup.
    const intent = recognition.intent === 'fine_status' ? 'payment_arrangement' : recognition.intent;
    const routed = routeKnowledge(recognition, intent);
    const selection =
      routed.kind === 'topic' && TERMS_TOPICS.has(routed.topicId)
        ? routed
        : ({ kind: 'topic', topicId: 'instalment_terms' } as const);
    return step.beginDialog(FAQ_DIALOG, { recognition, selection } satisfies FaqOptions);
  }
  if (kind === 'ownMonthly')
    return offerPersonForOwnAmount(
      step,
      deps,
      recognition,
      data,
      known?.kind === 'terms' ? known.amountCents : undefined,
    );
  if (kind === 'again') {
    return step.beginDialog(FAQ_DIALOG, { topicId: message.topic, again: 'repeat' } satisfies FaqOptions);
  }
  if (kind === 'deposit' || kind === 'waiver') {
    const operator = deps.localizer.tObject<Record<string, string> | string>(locale, 'operator:values');
    const values = typeof operator === 'object' && operator !== null ? operator : {};
    const key = kind === 'deposit' ? 'guidance:court.deposit' : 'guidance:court.cannotPay';
    await say(turn, deps, {
      text: text(turn, deps, key, {
        maximum: values.courtSecurityMaximum,
        maximumUnder16: values.courtSecurityMaximumUnder16,
      }),
    });
    data.amountContext = { kind: 'courtDeposit' };
    return step.endDialog();
  }
  const policy = deps.arrangements?.policy;
  const remembered = known?.kind === 'terms' ? known.amountCents : undefined;
  if (!policy) return undefined;
  let reply: string;
  if (kind === 'monthly') {
    const terms = termsForAmount(remembered!, policy);
    reply =
      terms.kind === 'belowMinimum'
        ? text(turn, deps, 'guidance:terms.belowMinimum', {
            total: money(terms.amountCents),
            minimum: money(terms.minimumCents),
          })
        : text(
            turn,
            deps,
            terms.lastCents === terms.monthlyCents ? 'guidance:terms.monthlyEven' : 'guidance:terms.monthly',
            {
              amount: money(terms.amountCents),
              months: terms.months,
              monthly: money(terms.monthlyCents),
              last: money(terms.lastCents),
            },
          );
  } else {
    // "2 boetes van 280 euro": both; "nog een van 100 euro": added to the one named before.
    const count = severalFines(recognition.text) ?? 0;
    const named = recognition.entities.amountCents;
    const total =
      named === undefined || named <= 0
        ? undefined
        : count >= 2
          ? count * named
          : remembered !== undefined
            ? named + remembered
            : undefined;
    const terms = total !== undefined ? termsForAmount(total, policy) : undefined;
    reply = !terms
      ? text(turn, deps, 'guidance:terms.several', { minimum: money(policy.minimumCents) })
      : terms.kind === 'belowMinimum'
        ? text(turn, deps, 'guidance:terms.belowMinimum', {
            total: money(terms.amountCents),
            minimum: money(terms.minimumCents),
          })
        : text(turn, deps, 'guidance:terms.severalTotal', {
            total: money(terms.amountCents),
            months: terms.months,
            monthly: money(terms.monthlyCents),
          });
  }
  await say(turn, deps, { text: reply });
  data.amountContext = { kind: 'terms', amountCents: remembered };
  // The arrangement itself is requested with the citizen's own fines: offered, a "ja" starts it.
  data.pendingClarification = ['payment_arrangement'];
  await say(turn, deps, {
    text: text(turn, deps, 'guidance:terms.offer'),
    choices: offeredChoices(turn, deps, ['payment_arrangement']),
    expectsInput: true,
  });
  return step.endDialog();
}
