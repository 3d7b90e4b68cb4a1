import type { TurnContext } from 'botbuilder';
import { TextPrompt } from 'botbuilder-dialogs';
import { asksWhenAlone, asksWhenStaffCall } from '../domain/handoff/callbackTiming';
import { partOfDayAnswer } from '../domain/handoff/partOfDay';
import { choiceIndex } from '../domain/language/choiceMatch';
import { isAcknowledgement, saysThanks } from '../domain/language/conversationCues';
import { needsCountryCode } from '../domain/language/phoneEntity';
import { PARTS_OF_DAY, type PartOfDay } from '../domain/ports/callbackStore';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import { callerNumber, phoneOfAnswer, unseenOwnNumberKey } from './callerNumber';
import { pickChoice } from './choiceReply';
import type { DialogDeps } from './dialogDeps';
import { text, turnChannel } from './turn';

/** The call back's two questions: the phone number and the part of the day, and how their answers are read. */

const MAX_PART_ATTEMPTS = 2;
const MAX_PHONE_ATTEMPTS = 3;

/** While the callback is arranged, "wanneer?" alone is about the call too. */
export function asksWhenCalled(said: string): boolean {
  return asksWhenStaffCall(said) || asksWhenAlone(said);
}

/** One of the callback's texts as an activity for the turn's channel. */
export function renderCallbackText(
  context: TurnContext,
  deps: DialogDeps,
  key: string,
  expectsInput: boolean,
  choices?: ReplyChoice[],
) {
  return deps.renderer.render(
    { text: text(context, deps, key), choices, expectsInput },
    turnChannel(context),
  );
}

export function partChoices(context: TurnContext, deps: DialogDeps): ReplyChoice[] {
  return PARTS_OF_DAY.map((part) => ({
    value: part,
    title: text(context, deps, `handoff:callback.part.${part}`),
  }));
}

/** The part of the day an answer names: a choice, or words and hours of either part. */
export function partOf(context: TurnContext, deps: DialogDeps, said: string): PartOfDay | undefined {
  const answer = said.toLowerCase();
  const choices = partChoices(context, deps);
  const picked = pickChoice(answer, choices)?.value as PartOfDay | undefined;
  if (picked) return picked;
  // 'de tweede', 'the first one': the titles' hours are no choice numbers, so ordinals are safe here.
  const index = choiceIndex(answer, choices.length);
  if (index !== undefined) return choices[index].value as PartOfDay;
  return partOfDayAnswer(said);
}

/**
 * "Op welk nummer kunnen we u bellen?": on the phone or by SMS with the sender's number known, the
 * number they call or text from is offered ("dit nummer"), not asked for as if unknown.
 */
export function askPhoneKey(context: TurnContext): string {
  if (!callerNumber(context)) return 'handoff:callback.askPhone';
  return context.activity.channelId === 'telephony'
    ? 'handoff:callback.askPhoneOwnCall'
    : 'handoff:callback.askPhoneOwnSms';
}

/** The phone number question: a number (or "dit nummer" on the phone); "wanneer bellen jullie?" is answered. */
export function phonePrompt(id: string, deps: DialogDeps): TextPrompt {
  return new TextPrompt(id, async (prompt) => {
    const said = prompt.recognized.value ?? '';
    const phone = phoneOfAnswer(prompt.context, said);
    // "0171 1234567" from Germany: which country to call is asked, not guessed.
    if (phone && needsCountryCode(phone) && prompt.attemptCount < MAX_PHONE_ATTEMPTS) {
      await prompt.context.sendActivity(
        renderCallbackText(prompt.context, deps, 'common:phoneCountryCode', true),
      );
      return false;
    }
    if (phone) return true;
    // "Dit nummer" with the number withheld (or in a chat): it cannot be seen, so it is asked.
    const unseen = unseenOwnNumberKey(prompt.context, said, 'callback');
    if (unseen && prompt.attemptCount < MAX_PHONE_ATTEMPTS) {
      await prompt.context.sendActivity(renderCallbackText(prompt.context, deps, unseen, true));
      return false;
    }
    // "Wanneer bellen jullie?": when we call, then the question again (not counted as a wrong number).
    if (asksWhenCalled(said)) {
      await prompt.context.sendActivity(
        renderCallbackText(prompt.context, deps, 'handoff:callback.timing', false),
      );
      await prompt.context.sendActivity(
        renderCallbackText(prompt.context, deps, askPhoneKey(prompt.context), true),
      );
      return false;
    }
    if (prompt.attemptCount >= MAX_PHONE_ATTEMPTS) return true;
    await prompt.context.sendActivity(
      renderCallbackText(prompt.context, deps, 'handoff:callback.invalidPhone', true),
    );
    return false;
  });
}

/** The part of the day; 'in the evening' is no part we call in: say when we do, rather than silently picking the morning. */
export function partPrompt(id: string, deps: DialogDeps): TextPrompt {
  return new TextPrompt(id, async (prompt) => {
    const said = prompt.recognized.value ?? '';
    if (partOf(prompt.context, deps, said)) return true;
    const choices = partChoices(prompt.context, deps);
    // "Hoe laat belt u?", "wanneer?": when staff call, then the question again (the number is kept).
    if (asksWhenCalled(said)) {
      await prompt.context.sendActivity(
        renderCallbackText(prompt.context, deps, 'handoff:callback.timing', false),
      );
      await prompt.context.sendActivity(
        renderCallbackText(prompt.context, deps, 'handoff:callback.askPart', true, choices),
      );
      return false;
    }
    // "Ok bedankt", "oké", "thanks" after being told when staff call: no choice of a part of the day
    // (never the morning silently); the question again, a few times more than for other answers.
    const acknowledged = isAcknowledgement(said) || saysThanks(said);
    if (prompt.attemptCount >= MAX_PART_ATTEMPTS + (acknowledged ? MAX_PART_ATTEMPTS : 0)) return true;
    await prompt.context.sendActivity(
      renderCallbackText(prompt.context, deps, 'handoff:callback.partUnclear', true, choices),
    );
    return false;
  });
}
