import type { TurnContext } from 'botbuilder';
import { contactGivenAlong } from '../domain/arrangement/contactAnswer';
import { saysDontKnow } from '../domain/language/dontKnow';
import type { IntentId } from '../domain/language/intents';
import { normalizeText } from '../domain/language/normalizeText';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { offeredChoices } from './offerAnswer';
import { say, text, turnLocale } from './turn';

/*
 * Free text while several choices are offered ("Which of these do you mean?", the lookup's "What
 * would you like to do now?"). Only a choice starts anything: an e-mail address is kept for the
 * contact question later, "no idea" hears what each choice is for, and text that matches none is a
 * misunderstanding that asks again with the same choices (misunderstanding.ts counts it; a second
 * one offers a person, DESIGN.md).
 */

/** The choices that were open when this turn's message came in (the router clears them as it reads it). */
const OFFERED = Symbol('offeredChoices.open');

/** Words around an address that add nothing ("my e-mail is", "mail:", "hier"). */
const MAX_WORDS_AROUND_CONTACT = 4;

/** An e-mail address or phone number and (almost) nothing else. */
function contactOnly(recognition: Recognition): { email?: string; phone?: string } | undefined {
  const contact = contactGivenAlong(recognition.entities);
  if (!contact) return undefined;
  const rest = normalizeText(
    recognition.text
      .replace(/\S+@\S+/g, ' ')
      .replace(/\+?\d[\d\s()./-]{6,}\d/g, ' '),
  );
  return rest.split(' ').filter(Boolean).length <= MAX_WORDS_AROUND_CONTACT ? contact : undefined;
}

/** The same choices again, after a text of `key`; they stay open for the next message. */
async function askAgain(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
  offered: readonly IntentId[],
  said: string,
): Promise<void> {
  data.pendingClarification = [...offered];
  await say(context, deps, { text: said, choices: offeredChoices(context, deps, offered), expectsInput: true });
}

/** What each offered choice is for, one line each (a title alone where no line is written). */
function choiceHelp(context: TurnContext, deps: DialogDeps, offered: readonly IntentId[]): string {
  const locale = turnLocale(context);
  const lines = offered
    .filter((intent) => intent !== 'none')
    .map((intent) => {
      const title = text(context, deps, `common:intent.${intent}`);
      const key = `common:choiceHelp.${intent}`;
      return deps.localizer.has(locale, key) ? `- ${title}: ${text(context, deps, key)}` : `- ${title}`;
    });
  return [text(context, deps, 'common:offer.helpChoose'), ...lines, text(context, deps, 'common:offer.helpChooseEnd')].join(
    '\n',
  );
}

/**
 * Before the router reads the message as a choice: an e-mail address or phone number is kept for the
 * arrangement's contact question, and "no idea" explains the choices. True when answered.
 */
export async function answerAtChoices(
  context: TurnContext,
  deps: DialogDeps,
  recognition: Recognition,
  offered: readonly IntentId[] | undefined,
  data: ConversationData,
): Promise<boolean> {
  context.turnState.set(OFFERED, offered);
  if (!offered || offered.filter((intent) => intent !== 'none').length < 2) return false;
  const contact = contactOnly(recognition);
  if (contact) {
    data.arrangementContact = { ...data.arrangementContact, ...contact };
    data.misunderstandings = 0;
    await askAgain(context, deps, data, offered, text(context, deps, 'common:offer.contactKept'));
    return true;
  }
  // "Weet ik niet" to "which of these is it about?" with the lookup among them: the lookup (intentResolution.ts).
  if (saysDontKnow(recognition.text) && !offered.includes('fine_status')) {
    data.misunderstandings = 0;
    await askAgain(context, deps, data, offered, choiceHelp(context, deps, offered));
    return true;
  }
  return false;
}

/**
 * A message that matched none of several open choices and nothing else either: the first time, the
 * same choices again, kindly (a second time the misunderstanding offers a person). True when asked.
 */
export async function askChoicesAgain(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
): Promise<boolean> {
  const offered = context.turnState.get(OFFERED) as readonly IntentId[] | undefined;
  if (!offered || offered.filter((intent) => intent !== 'none').length < 2) return false;
  if ((data.misunderstandings ?? 0) !== 1) return false;
  await askAgain(context, deps, data, offered, text(context, deps, 'common:offer.notAChoice'));
  return true;
}
