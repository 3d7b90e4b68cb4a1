import type { TurnContext } from 'botbuilder';
import type { RenderedActivity, ReplyChoice } from '../domain/ports/replyRenderer';
import type { CallbackOptions } from './callbackDialog';
import { staffIn } from './callbackFiling';
import type { DialogDeps } from './dialogDeps';
import { nextOpeningText, openingBefore, withNextOpening } from './openingTimes';
import { say, text, turnChannel } from './turn';

/** Yes and no to the offer of a call back. */
export function callbackYesNo(context: TurnContext, deps: DialogDeps): ReplyChoice[] {
  return [
    { value: 'yes', title: text(context, deps, 'common:choice.yes') },
    { value: 'no', title: text(context, deps, 'common:choice.no') },
  ];
}

/**
 * The offer of a call back, with what goes before it when it is asked once more: when staff call
 * (timing), the next opening, that a call costs nothing and chatting is possible (no calling credit),
 * how to phone when that was asked. Says those and returns the offer itself as the prompt.
 */
export async function callbackOfferPrompt(
  context: TurnContext,
  deps: DialogDeps,
  options: CallbackOptions,
): Promise<RenderedActivity> {
  const { again, phoneAsked } = options;
  if (again === 'timing') await say(context, deps, { text: text(context, deps, 'handoff:callback.timing') });
  // "Wanneer zijn jullie wel open?": the next opening, then the offer once more.
  const opening = again === 'opening' ? nextOpeningText(context, deps) : '';
  if (opening) await say(context, deps, { text: opening });
  // "Geen beltegoed, kan het via whatsapp?": a call back costs nothing, and chatting with a person
  // is possible here when staff are in (the configured office hours), then the offer once more.
  if (again === 'chat') {
    const chat = staffIn(deps)
      ? text(context, deps, 'handoff:callback.chatNow')
      : withNextOpening(context, deps, text(context, deps, 'handoff:callback.chatLater'));
    await say(context, deps, { text: `${text(context, deps, 'handoff:callback.free')} ${chat}` });
  }
  // "Mag ik iemand bellen?": the numbers first; in office hours the call back offered beside the chat.
  if (phoneAsked && !again) await say(context, deps, { text: text(context, deps, 'handoff:phone.route') });
  const inHours = phoneAsked === true && staffIn(deps);
  const key =
    again === 'unsure'
      ? 'handoff:callback.offerUnsure'
      : again
        ? 'handoff:callback.offerAgain'
        : inHours
          ? 'handoff:phone.offerCallback'
          : 'handoff:callback.offer';
  // Closed now: when staff are there again, then the offer ("Wij zijn er weer maandag vanaf 8.00 uur").
  const offerText = text(context, deps, key);
  const said = key === 'handoff:callback.offer' ? openingBefore(context, deps, offerText) : offerText;
  return deps.renderer.render(
    { text: said, choices: callbackYesNo(context, deps), expectsInput: true },
    turnChannel(context),
  );
}
