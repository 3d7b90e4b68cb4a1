/** Replies the questions of IdentifyDebtorDialog have in common. */
import type { Activity, TurnContext } from 'botbuilder';
import { formatCjibNumber, speakCjibNumber } from '../domain/cjibNumber';
import type { Reply } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnChannel } from './turn';

/** A prompt's reply as the activity for this channel. */
export function promptActivity(context: TurnContext, deps: DialogDeps, reply: Reply): Partial<Activity> {
  return deps.renderer.render(reply, turnChannel(context)) as Partial<Activity>;
}

export function yesNoChoices(context: TurnContext, deps: DialogDeps): Reply['choices'] {
  return [
    { value: 'yes', title: text(context, deps, 'common:choice.yes') },
    { value: 'no', title: text(context, deps, 'common:choice.no') },
  ];
}

/** Says the text with yes/no for a person; the router takes "yes" as a request for a person. */
export async function offerPerson(context: TurnContext, deps: DialogDeps, message: string): Promise<void> {
  const data = await deps.state.conversation.get(context, {});
  data.personOffered = true;
  await say(context, deps, { text: message, choices: yesNoChoices(context, deps), expectsInput: true });
}

/** "Hoe lang duurt dat?" at a question of the lookup: it is immediate, and the question again. */
export async function sayHowLong(context: TurnContext, deps: DialogDeps, question: string): Promise<void> {
  await say(context, deps, {
    text: `${text(context, deps, 'lookup:howLong')} ${text(context, deps, question)}`,
    expectsInput: true,
  });
}

/** "I noted 9698 9486 …: is that right?" (read digit by digit on the phone). */
export function numberCheckReply(context: TurnContext, deps: DialogDeps, number: string): Reply {
  return {
    text: text(context, deps, 'lookup:number.check', { number: formatCjibNumber(number) }),
    speech: text(context, deps, 'lookup:number.check', { number: speakCjibNumber(number) }),
    choices: yesNoChoices(context, deps),
    expectsInput: true,
  };
}
