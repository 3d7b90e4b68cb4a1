import { saysNoThanks } from '../domain/language/conversationCues';
import type { TurnContext } from 'botbuilder';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { changeLanguage } from './languageChange';
import { sayCapabilities } from './smallTalk';
import { optsOutOnChannel } from './smsShortAnswer';
import { optsOutBySms } from '../domain/language/smsOptOut';
import { isSpeechTurn, say, turnKey, turnLocale } from './turn';

/**
 * An intent no flow dialog is registered for, answered by the router itself: hello, goodbye, thanks,
 * cancel with nothing to cancel, a change of language, and help.
 */
export async function answerDirectly(
  context: TurnContext,
  deps: DialogDeps,
  intent: IntentId,
  recognition: Recognition,
  data: ConversationData,
  personOfferStands: boolean,
  previousIntent?: IntentId,
): Promise<void> {
  const locale = turnLocale(context);
  const t = (key: string): string => deps.localizer.t(locale, key);
  switch (intent) {
    case 'greeting':
      // Right after the welcome (a first message on SMS or the phone) a second hello is one too
      // many; on the phone the welcome itself ends with the question.
      if (context.responded && isSpeechTurn(context)) return;
      // Right after the welcome (same turn) its menu still stands; later, 'How can I help?' offers
      // the main flows again, so on SMS '2' after a hello still means the second.
      if (context.responded) await say(context, deps, { text: t('common:greeting.afterWelcome') });
      else await sayCapabilities(context, deps, 'common:greeting.reply');
      return;
    case 'goodbye':
      // (A caller hears a goodbye for a call, not for a message.)
      await say(context, deps, { text: t(turnKey(context, deps, 'common:goodbye.reply')) });
      return;
    case 'thanks':
      // Thanks again after "anything else?": the citizen is done; no second "anything else?".
      // "Nee dank u" to "anything else?": nothing more, so goodbye.
      await say(context, deps, {
        text: t(
          previousIntent === 'thanks' || saysNoThanks(recognition.text)
            ? turnKey(context, deps, 'common:goodbye.reply')
            : 'common:thanks.reply',
        ),
      });
      return;
    case 'cancel':
      // "STOP" alone by SMS or WhatsApp is the opt-out convention: nothing more is sent unless the citizen writes.
      if (optsOutOnChannel(context.activity.channelId) && optsOutBySms(recognition.text))
        await say(context, deps, { text: t('common:cancel.smsOptOut') });
      else await say(context, deps, { text: t('common:cancel.nothing') });
      return;
    case 'change_language':
      await changeLanguage(context, deps, recognition, data, personOfferStands);
      return;
    default:
      // help, and any intent whose feature has not registered a dialog. Asked twice in a row: the
      // same list once more would read as a loop, so examples of questions to ask instead.
      await sayCapabilities(
        context,
        deps,
        intent === 'help' && previousIntent === 'help' ? 'common:help.again' : 'common:help.text',
      );
  }
}
