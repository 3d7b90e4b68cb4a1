import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { ownMonthlyAmountCents } from '../domain/arrangement/ownMonthlyAmount';
import {
  asksMonthlyAmountOfTerms,
  asksTermsForAmount,
  namesMonthlyAmount,
  severalFines,
  termsForAmount,
} from '../domain/arrangement/termsForAmountQuestion';
import { asksBareHowMuch, saysCannotPayIt } from '../domain/knowledge/courtDepositFollowUp';
import { routeKnowledge } from '../domain/knowledge/routeKnowledge';
import type { TopicId } from '../domain/knowledge/topics';
import { formatMoney } from '../domain/money';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { FAQ_DIALOG, type FaqOptions } from './faqState';
import { offeredChoices } from './offerAnswer';
import { offerPersonForOwnAmount } from './ownAmountOffer';
import { say, text, turnLocale } from './turn';

/**
 * Answers about an amount the conversation just spoke of, which no lookup is needed for:
 * "ik heb een boete van 280 euro, hoeveel maanden krijg ik?" (the term table, DOMAIN.md §1.3), then
 * "en hoeveel is dat per maand?" and "en als ik 2 boetes heb?" (the total counts); and after the
 * appeal to the kantonrechter "hoeveel?" (the zekerheidsstelling) and "en als ik dat niet kan betalen?"
 * (the judge may waive it, DOMAIN.md §4). A bare "hoeveel?" there is about that answer, not a lookup.
 */

/** The FAQ topic answered last this turn (read from the FAQ dialog before it is left). */
const FAQ_TOPIC = Symbol('amountFollowUps.faqTopic');

/** Topics whose answer is about an amount: a bare "hoeveel?" after them asks that amount again. */
const AMOUNT_TOPICS: ReadonlySet<TopicId> = new Set([
  'late_payment',
  'admin_costs',
  'strafbeschikking',
  'bank_debit',
  'european_fine',
  'court_of_appeal',
  'instalments',
  'instalment_terms',
  'noodstop',
]);

/** Topics after which "ik kan maar 20 euro per maand" is a monthly amount of one's own, for staff to assess. */
const OWN_AMOUNT_TOPICS: ReadonlySet<TopicId> = new Set([
  'personal_arrangement',
  'instalments',
  'instalment_terms',
]);

/** Topics whose answer is the term table, so the amount named with them is remembered. */
const TERMS_TOPICS: ReadonlySet<TopicId> = new Set(['instalments', 'instalment_terms']);

/** The topic of the FAQ dialog at the top of `innerDc` (its waterfall's values), if one. */
function faqTopic(innerDc: DialogContext): TopicId | undefined {
  if (innerDc.activeDialog?.id !== FAQ_DIALOG) return undefined;
  const inner = innerDc.activeDialog.state as {
    dialogs?: { dialogStack?: { state?: { values?: { topicId?: TopicId } } }[] };
  };
  return inner.dialogs?.dialogStack?.[0]?.state?.values?.topicId;
}

/** What the conversation's last answer was about, when it was about an amount. */
function context(turn: TurnContext, data: ConversationData): ConversationData['amountContext'] {
  const topic = turn.turnState.get(FAQ_TOPIC) as TopicId | undefined;
  if (topic === 'court_appeal') return { kind: 'courtDeposit' };
  if (topic && TERMS_TOPICS.has(topic))
    return data.amountContext?.kind === 'terms' ? data.amountContext : { kind: 'terms' };
  return data.amountContext;
}

/** Which reply a message gets in this context; undefined when it is not such a follow-up. */
function followUpOf(
  recognition: Recognition,
  data: ConversationData,
  turn: TurnContext,
  first: boolean,
): 'terms' | 'monthly' | 'several' | 'deposit' | 'waiver' | 'again' | 'ownMonthly' | undefined {
  const said = recognition.text;
  const amount = recognition.entities.amountCents;
  const known = context(turn, data);
  // The citizen's own fines are known (or named by their number): their own schedule answers it.
  const ownFines = data.identified !== undefined || recognition.entities.cjibNumber !== undefined;
  // "Ik kan maar 20 euro per maand": an amount of one's own, not the amount owed.
  const monthlyOwn = namesMonthlyAmount(said);
  if (known?.kind === 'courtDeposit') {
    if (asksBareHowMuch(said)) return 'deposit';
    if (saysCannotPayIt(said)) return 'waiver';
  }
  // "Ik kan maar 20 euro per maand" after the personal arrangement or the terms: acknowledged, for staff.
  const topic = turn.turnState.get(FAQ_TOPIC) as TopicId | undefined;
  const aboutOwnAmount = (topic && OWN_AMOUNT_TOPICS.has(topic)) || known?.kind === 'terms';
  // ("Ik verdien maar 900 euro per maand" is income, not an amount offered: the topic's own answer.)
  const offered = monthlyOwn && ownMonthlyAmountCents(said, amount) !== undefined;
  if (aboutOwnAmount && !ownFines && offered) return 'ownMonthly';
  if (known?.kind === 'terms' && !ownFines) {
    if (severalFines(said) !== undefined) return 'several';
    if (
      known.amountCents !== undefined &&
      (asksMonthlyAmountOfTerms(said) || asksBareHowMuch(said)) &&
      !monthlyOwn &&
      amount === undefined
    )
      return 'monthly';
  }
  // "Hoeveel?" right after the increases (or another answer about an amount): that answer, not a lookup.
  if (topic && AMOUNT_TOPICS.has(topic) && asksBareHowMuch(said) && !ownFines) return 'again';
  // A new question with its amount ("hoeveel maanden bij 280 euro?") starts the context (routed to the FAQ).
  if (first && !ownFines && amount !== undefined && amount > 0 && !monthlyOwn && asksTermsForAmount(said))
    return 'terms';
  return undefined;
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
  const topic = faqTopic(innerDc);
  if (!topic) return false;
  innerDc.context.turnState.set(FAQ_TOPIC, topic);
  const data = await deps.state.conversation.get(innerDc.context, {});
  const kind = followUpOf(recognition, data, innerDc.context, false);
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
  const kind = followUpOf(recognition, data, turn, true);
  const known = context(turn, data);
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
    const topicId = turn.turnState.get(FAQ_TOPIC) as TopicId;
    return step.beginDialog(FAQ_DIALOG, { topicId, again: 'repeat' } satisfies FaqOptions);
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
