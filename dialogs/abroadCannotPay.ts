import type { TurnContext } from 'botbuilder';
import { DEFAULT_ARRANGEMENT_POLICY } from '../domain/arrangement/arrangementPolicy';
import { saysLivingAbroad } from '../domain/knowledge/residesAbroad';
import { extractAmountCents } from '../domain/language/amountEntity';
import { formatMoney } from '../domain/money';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';

/**
 * "I went back to the US and can't afford the fine", "ich bin arbeitslos in Deutschland": the noodstop
 * goes with debt help from a Dutch municipality (DOMAIN.md §1.5), which someone abroad does not have.
 * So an arrangement first (from EUR 75, possible from abroad too), then that the noodstop belongs to
 * Dutch debt help and a member of staff looks at their situation. An amount named below the minimum
 * leaves the arrangement out. Undefined when the message does not say the citizen lives abroad.
 */
export function abroadCannotPayText(context: TurnContext, deps: DialogDeps, said: string): string | undefined {
  if (!saysLivingAbroad(said)) return undefined;
  const minimum = deps.arrangements?.policy.minimumCents ?? DEFAULT_ARRANGEMENT_POLICY.minimumCents;
  const amount = extractAmountCents(said);
  const key =
    amount !== undefined && amount < minimum ? 'faq:abroad.cannotPayBelowMinimum' : 'faq:abroad.cannotPay';
  return text(context, deps, key, { minimum: formatMoney(minimum, turnLocale(context)) });
}

/** After it: the arrangement (when the amount allows one) and a person; no "monthly amount too high". */
export function abroadCannotPayChoices(context: TurnContext, deps: DialogDeps, said: string): ReplyChoice[] {
  const locale = turnLocale(context);
  const listed = (key: string): ReplyChoice[] => {
    const value = deps.localizer.tObject<ReplyChoice[] | string>(locale, key);
    return Array.isArray(value) ? value.map(({ value: v, title }) => ({ value: v, title })) : [];
  };
  const minimum = deps.arrangements?.policy.minimumCents ?? DEFAULT_ARRANGEMENT_POLICY.minimumCents;
  const amount = extractAmountCents(said);
  const arrangement = listed('faq:topics.instalments.followUps').filter(
    (c) => c.value === 'action:payment_arrangement' && !(amount !== undefined && amount < minimum),
  );
  const person = listed('faq:topics.noodstop.followUps').filter((c) => c.value === 'action:human_agent');
  return [...arrangement, ...person];
}
