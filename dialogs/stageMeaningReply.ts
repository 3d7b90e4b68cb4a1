import type { TurnContext } from 'botbuilder';
import { calendarDateIn } from '../domain/arrangement/calendarDate';
import { asksStageMeaning, asksWhatThatMeans } from '../domain/claims/stageQuestion';
import type { Recognition } from '../domain/ports/recognizer';
import { type ClaimsReplyContext, describeClaim, meaning } from './claimsReply';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { shownClaims } from './shownClaims';
import { say, text, turnLocale } from './turn';

/**
 * "What does stage open mean?" after a lookup: the stage explained for this citizen's own fines in
 * that stage (DOMAIN.md §2.3; the lookup's own meaning texts), or for each fine shown when no stage
 * is named ("what does that mean?" right after the overview too). A stage none of the fines is in is
 * explained in general. True when answered.
 */
export async function replyWithStageMeaning(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  data: ConversationData,
): Promise<boolean> {
  // "Was bedeutet das?" right after the overview (its choices still open): the stages shown.
  const justShown = data.identified !== undefined && (data.pendingClarification?.length ?? 0) > 0;
  const asked =
    asksStageMeaning(recognition.text) ??
    (justShown && asksWhatThatMeans(recognition.text) ? 'shown' : undefined);
  if (!asked) return false;
  const record = await shownClaims(context, deps);
  if (!record?.claims.length) return false;
  const locale = turnLocale(context);
  const ctx: ClaimsReplyContext = {
    locale,
    localizer: deps.localizer,
    today: calendarDateIn(deps.clock.now(), deps.arrangements?.policy.timeZone ?? 'Europe/Amsterdam'),
  };
  const inStage = asked === 'shown' ? record.claims : record.claims.filter((c) => c.stage === asked);
  const lines = inStage.length
    ? inStage.map((claim) =>
        text(context, deps, 'lookup:stageMeaning.line', {
          fine: describeClaim(claim, locale),
          stage: text(context, deps, `lookup:stage.${claim.stage}.name`),
          // Abroad, a traffic fine's second reminder leads to the state of residence (claimsAbroad.ts).
          meaning:
            record.abroad && claim.type === 'wahv' && claim.stage === 'second_reminder'
              ? text(context, deps, 'faq:abroad.secondReminder')
              : meaning(claim, ctx),
        }),
      )
    : [
        text(context, deps, 'lookup:stageMeaning.general', {
          stage: text(context, deps, `lookup:stage.${asked}.name`),
          meaning: text(context, deps, `lookup:stage.${asked}.meaning`),
        }),
      ];
  data.misunderstandings = 0;
  // Answered: the choices offered before it are no longer what a next "yes" answers.
  data.pendingClarification = undefined;
  await say(context, deps, {
    text: [...lines, text(context, deps, 'lookup:stageMeaning.more')].join('\n\n'),
  });
  return true;
}
