import type { TurnContext } from 'botbuilder';
import { conversationKeyOf } from '../domain/handoff/handoffServices';
import type { Locale } from '../domain/language/locale';
import { mentionedLocaleOf } from '../domain/language/languageNaming';
import { onlyLanguage, requestedLocale } from '../domain/language/requestedLocale';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { setTurnLocale } from './turn';
import { staffLanguageAsked } from '../domain/language/staffLanguageQuestion';

/**
 * The language a message asks to continue in ("can we speak English?"), when the recogniser is
 * sure it is such a request: naming a language alone ("ik woon in Duitsland", "kein Niederländisch")
 * is not one.
 */
export function askedLanguage(recognition: Recognition, deps: DialogDeps): Locale | undefined {
  // "Sorry, what do you mean? I only speak English" switches, whatever the recogniser made of it.
  const only = onlyLanguage(recognition.text);
  if (only) return only;
  if (recognition.intent !== 'change_language' || recognition.score < deps.confidenceThreshold)
    return undefined;
  // "Czy jest ktoś, kto mówi po polsku?": what staff speak (answered as such), not a change of language.
  if (staffLanguageAsked(recognition.text)) return undefined;
  return requestedLocale(recognition.text) ?? mentionedLocaleOf(recognition.text);
}

/** The citizen's explicit choice of language: it wins over detection from now on, in this conversation and the next. */
export async function chooseLanguage(context: TurnContext, deps: DialogDeps, wanted: Locale): Promise<void> {
  const profile = await deps.state.user.get(context, {});
  const data = await deps.state.conversation.get(context, {});
  profile.locale = wanted;
  data.locale = wanted;
  setTurnLocale(context, wanted);
  // Waiting for staff: what they and the relay say from now on is in the new language too.
  if (data.handoffRequested && deps.handoff)
    await deps.handoff.queue.changeLocale(
      conversationKeyOf(context.activity.channelId, context.activity.conversation.id),
      wanted,
    );
}
