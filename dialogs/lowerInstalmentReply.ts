import { cannotPayRunningInstalment } from '../domain/claims/instalmentUnpaid';
import { saysIncomeLost } from '../domain/claims/runningArrangementWish';
import type { Localizer } from '../domain/ports/localizer';
import type { Locale } from '../domain/language/locale';
import type { Reply } from '../domain/ports/replyRenderer';

/**
 * "Kan het maandbedrag van mijn regeling omlaag, ik ben mijn baan kwijt": the loss acknowledged, a
 * personal arrangement with proof (DOMAIN.md §1.4; whether the running one is changed is the CJIB's
 * decision, not something the assistant can promise), the noodstop only as the second way (§1.5).
 * A person is offered by the caller.
 */
export function lowerInstalmentReply(localizer: Localizer, locale: Locale, messages: string[]): Reply {
  const t = (key: string): string => localizer.t(locale, key);
  const parts = [
    ...(messages.some(saysIncomeLost) ? [t('lookup:standing.incomeLost')] : []),
    // This month's instalment cannot be paid: get in touch before the reminder comes (DOMAIN.md §1.7).
    ...(messages.some(cannotPayRunningInstalment) ? [t('lookup:standing.instalmentUnpaid')] : []),
    t('lookup:standing.lowerAmount'),
    t('lookup:standing.lowerNoodstop'),
  ];
  return { text: parts.join(' ') };
}
