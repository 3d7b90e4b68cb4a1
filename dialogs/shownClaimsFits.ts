import type { ClaimType } from '../domain/claims/claim';
import { openAmount } from '../domain/claims/claim';
import { formatCjibNumber } from '../domain/cjibNumber';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import { asksOwnAmountWithReminder } from '../domain/knowledge/reminderAsks';
import { formatMoney } from '../domain/money';
import type { TopicId } from '../domain/knowledge/topics';
import type { Locale } from '../domain/language/locale';
import type { Localizer } from '../domain/ports/localizer';
import { describeClaim } from './claimsReply';
import type { ShownClaims } from './shownClaims';

/** "When will I know the outcome of my appeal?", "wann erfahre ich die Entscheidung?", "kiedy będzie decyzja?" */
const APPEAL =
  /\b(appeal\w*|objection|beroep|bezwaar|einspruch\w*|widerspruch\w*|beschwerde|odwolan\w*|sprzeciw\w*)\b/;
const OUTCOME =
  /\b(outcome|decision|decided|result|verdict|hear|know|uitspraak|beslissing|besluit|uitslag|horen|weten|entscheid\w*|ergebnis|erfahre\w*|bescheid|decyzj\w*|wynik\w*|rozstrzygn\w*|dowiem\w*)\b/;

/** Kinds whose reminders DOMAIN.md §2.3 gives other increases than a traffic fine's. */
const OWN_INCREASES: readonly ClaimType[] = [
  'strafbeschikking',
  'europese_boete',
  'schadevergoedingsmaatregel',
];

/** A question that names the kind itself keeps the general answer. */
const NAMES_KIND =
  /verkeersboete|traffic (fine|ticket)|verkehrsbu|bussgeld|mandat\w* drogow|strafbeschikking|punitive order|strafbefehl|nakaz\w* karn|schadevergoeding|compensation|schadensersatz|europese boete|european fine|europaisch|europejsk/;

/** Words of a fine's description that pick it out in a question ("the red light fine", "de snelheidsboete"). */
function namedIn(question: string, description: string): boolean {
  const stems = (text: string): string[] =>
    text
      .split(' ')
      .filter((word) => word.length >= 5)
      .map((word) => word.slice(0, 6));
  const asked = new Set(stems(question));
  return stems(normalizeQuestion(description)).some((stem) => asked.has(stem));
}

/**
 * Answers only the looked-up record can give, for the verified citizen: the full CJIB numbers of
 * their own fines (the overview shows only the last digits), the appeal's decision time while one is
 * under appeal (DOMAIN.md §4: up to 16 weeks, nothing to pay meanwhile), and the increases of a
 * punitive order, European fine or compensation order (§2.3) instead of a traffic fine's.
 */
export function fitOwnRecord(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  text: string,
  shown: ShownClaims,
): string | undefined {
  const t = (key: string, vars?: Record<string, unknown>): string => localizer.t(locale, key, vars);
  const question = normalizeQuestion(text);
  const appealed = shown.claims.some((c) => c.stage === 'appeal_pending' && c.type === 'wahv');
  if (appealed && APPEAL.test(question) && OUTCOME.test(question)) return t('lookup:appealDecision');
  if (topicId === 'cjib_number' && shown.claims.length > 0) {
    const named = shown.claims.filter((c) => namedIn(question, describeClaim(c, locale)));
    const toPay = shown.claims.filter((c) => openAmount(c) > 0);
    const listed = named.length > 0 ? named : toPay.length > 0 ? toPay : shown.claims;
    const lines = listed.map((c) =>
      t('lookup:ownNumbers.line', {
        description: describeClaim(c, locale),
        number: formatCjibNumber(c.cjibNumber),
      }),
    );
    return [t('lookup:ownNumbers.intro'), ...lines, '', t('lookup:ownNumbers.howToPay')].join('\n');
  }
  // "Ik heb een aanmaning, hoeveel moet ik nu betalen?" once the fines are shown: what is open, from the record.
  if (topicId === 'late_payment' && asksOwnAmountWithReminder(text)) {
    const open = shown.claims.filter((c) => openAmount(c) > 0 && c.stage !== 'paid');
    const total = open.reduce((sum, c) => sum + openAmount(c), 0);
    const amount = formatMoney(total, locale);
    if (open.some((c) => c.stage === 'in_arrangement')) return undefined;
    if (open.length === 0) return t('lookup:own.due.nothingToPay');
    return open.length > 1
      ? t('lookup:own.total', { amount, count: open.length })
      : t('lookup:own.lead.openAmount', { amount });
  }
  if (topicId === 'late_payment' && shown.kinds.length > 0 && !NAMES_KIND.test(question)) {
    if (!shown.kinds.every((kind) => OWN_INCREASES.includes(kind))) return undefined;
    const lines = shown.kinds.map((kind) => t(`lookup:ownIncrease.${kind}`));
    // "Why 15 euro extra?": which reminder the fine is at says which increase was added.
    const reminded = shown.claims.filter(
      (c) => c.stage === 'first_reminder' || c.stage === 'second_reminder',
    );
    const stages = reminded.map((c) =>
      t(`lookup:ownIncrease.at.${c.stage}`, { description: describeClaim(c, locale) }),
    );
    return [...stages, ...lines, t('lookup:ownIncrease.law')].join('\n\n');
  }
  return undefined;
}
