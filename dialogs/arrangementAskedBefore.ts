import type { TurnContext } from 'botbuilder';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import type { Claim } from '../domain/claims/claim';
import { answerAfterOverview } from './askedBeforeLookup';
import type { DialogDeps } from './dialogDeps';
import { say, turnLocale } from './turn';

/**
 * "Ik heb al betaald" or "will it go up if I pay later?" said while the arrangement asked for the
 * number or the postcode ("I will answer that as soon as I see your fines"): answered from the fines
 * found, before the schedule, as the lookup does after its overview (askedBeforeLookup.ts).
 */
export async function answerAskedBeforeSchedule(
  context: TurnContext,
  deps: DialogDeps,
  claims: Claim[],
): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  const before = data.askedBeforeLookup;
  if (!before) return;
  data.askedBeforeLookup = undefined;
  const timeZone = deps.arrangements?.policy.timeZone ?? 'Europe/Amsterdam';
  const ctx = {
    locale: turnLocale(context),
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), timeZone),
  };
  const reply = answerAfterOverview(before, claims, ctx);
  if (reply) await say(context, deps, reply);
}
