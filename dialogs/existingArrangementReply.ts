import type { TurnContext } from 'botbuilder';
import type { ArrangementAssessment } from '../domain/arrangement/assessArrangement';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { arrangementStanding } from '../domain/claims/arrangementStanding';
import { openAmount } from '../domain/claims/claim';
import { formatMoney } from '../domain/money';
import type { Reply } from '../domain/ports/replyRenderer';
import { arrangementRows } from './arrangementStandingRows';
import { overdueSentences, standingSentences } from './arrangementStandingText';
import type { ClaimsReplyContext } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import { text, turnLocale } from './turn';

/** Due dates are Dutch calendar days. */
const TIME_ZONE = 'Europe/Amsterdam';

/**
 * The citizen's running arrangements: reference, months, monthly amount, instalments paid and left,
 * and where each stands today: an instalment behind with its amount, date and what to do, and the
 * next one's date ("pay on time and it keeps running" alone would hide a missed one).
 */
export function existingArrangementReplies(
  context: TurnContext,
  deps: DialogDeps,
  assessment: ArrangementAssessment,
): Reply[] {
  const locale = turnLocale(context);
  const t = (key: string, vars?: Record<string, unknown>): string => text(context, deps, key, vars);
  const ctx: ClaimsReplyContext = {
    locale,
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), deps.arrangements?.policy.timeZone ?? TIME_ZONE),
  };
  return assessment.existing.map((arrangement) => {
    const openCents = assessment.excluded
      .filter(({ claim }) => arrangement.cjibNumbers.includes(claim.cjibNumber))
      .reduce((sum, { claim }) => sum + openAmount(claim), 0);
    const standing = arrangementStanding(arrangement, openCents, ctx.today);
    const behind = standing.overdue.length > 0;
    const left = Math.max(0, arrangement.months - arrangement.instalmentsPaid);
    const speechVars = {
      reference: arrangement.reference,
      monthly: formatMoney(arrangement.monthlyAmount, locale),
      paid: arrangement.instalmentsPaid,
      months: arrangement.months,
      left,
    };
    // Behind: what is missing and what to do instead of "pay on time and it keeps running".
    const lead = behind ? t('lookup:standing.haveArrangement') : t('arrangement:existing.text');
    const written = behind ? standingSentences(arrangement, openCents, ctx) : [];
    const spoken = behind
      ? [
          t('lookup:standing.speechFacts', speechVars),
          ...standingSentences(arrangement, openCents, ctx, true),
        ]
      : [t('arrangement:existing.speech', speechVars), ...overdueSentences(standing, ctx, true)];
    return {
      text: [lead, ...written].join(' '),
      // A caller hears sentences, not the card's heading and its labels one by one.
      speech: spoken.join(' '),
      card: {
        title: t('arrangement:existing.heading'),
        sections: [
          {
            facts: [
              { label: t('arrangement:existing.reference'), value: arrangement.reference },
              { label: t('arrangement:existing.months'), value: String(arrangement.months) },
              {
                label: t('arrangement:existing.monthly'),
                value: formatMoney(arrangement.monthlyAmount, locale),
              },
              { label: t('arrangement:existing.paid'), value: String(arrangement.instalmentsPaid) },
              { label: t('arrangement:existing.left'), value: String(left) },
              ...arrangementRows(arrangement, openCents, ctx),
            ],
          },
        ],
      },
    };
  });
}
