import type { TurnContext } from 'botbuilder';
import type { Claim } from '../domain/claims/claim';
import type { Locale } from '../domain/language/locale';
import type { Reply } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { shownClaims } from './shownClaims';

/**
 * The lookup's overview for a debtor who lives abroad: a traffic fine at its second reminder does not
 * lead to a debit of a Dutch account or a Dutch bailiff, but (DOMAIN.md §5) to the case going to the
 * EU state of residence, or else the Dutch tracing register. The card's section of such a claim and
 * the spoken overview say that instead. Other replies pass unchanged.
 */
export async function fitOverviewToResidence(
  context: TurnContext,
  deps: DialogDeps,
  locale: Locale,
  claims: Claim[],
  reply: Reply,
): Promise<Reply> {
  const affected = claims.map((c) => c.type === 'wahv' && c.stage === 'second_reminder');
  if (!reply.card || !affected.some(Boolean)) return reply;
  if (!(await shownClaims(context, deps))?.abroad) return reply;
  const onlyTraffic = claims.every((c) => c.stage !== 'second_reminder' || c.type === 'wahv');
  const general = deps.localizer.t(locale, 'lookup:stage.second_reminder.meaning');
  const abroad = deps.localizer.t(locale, 'faq:abroad.secondReminder');
  const sections = reply.card.sections.map((section, i) =>
    affected[i] && section.text === general ? { ...section, text: abroad } : section,
  );
  return {
    ...reply,
    // (Spoken, the claims are one text: changed only when every claim at that stage is a traffic fine.)
    ...(reply.speech && onlyTraffic ? { speech: reply.speech.split(general).join(abroad) } : {}),
    card: { ...reply.card, sections },
  };
}
