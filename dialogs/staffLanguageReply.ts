/**
 * "Spricht bei euch jemand Deutsch?", "a pracownik mówi po polsku?": what staff speak, honestly
 * (DOMAIN.md does not say which languages staff speak: not promised; Dutch in any case), what is
 * possible instead (this assistant in that language, cjib.nl in it, a person who reads what was
 * written), and a person offered. Never a change of the conversation's language.
 */
import type { TurnContext } from 'botbuilder';
import { staffLanguageAsked } from '../domain/language/staffLanguageQuestion';
import type { Locale } from '../domain/language/locale';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { isSpeechTurn, say, turnLocale } from './turn';

/** The answer about the staff's language `asked`, without the question after it. */
function staffLanguageText(context: TurnContext, deps: DialogDeps, asked: Locale): string {
  const locale = turnLocale(context);
  const t = (key: string, vars?: Record<string, string>): string =>
    deps.localizer.t(locale, `common:staffLanguage.${key}`, vars);
  if (asked === 'nl') return t('dutch');
  const vars = {
    language: t(`name.${asked}`),
    site: t(`site.${asked}`),
    word: deps.localizer.t(asked, 'common:language.name'),
  };
  const switchBullet = asked === locale ? 'bulletSame' : isSpeechTurn(context) ? 'bulletOtherSpeech' : 'bulletOther';
  return [t('unsure', vars), t(switchBullet, vars), t('bulletSite', vars), t('bulletPerson')].join('\n');
}

/**
 * The question about the staff's language answered and a person offered (the answer to the offer is
 * read as yes/no next). False when the message asks no such question.
 */
export async function replyToStaffLanguage(
  context: TurnContext,
  deps: DialogDeps,
  said: string,
  data: ConversationData,
): Promise<boolean> {
  const asked = staffLanguageAsked(said);
  if (!asked) return false;
  data.pendingClarification = undefined;
  data.personOffered = true;
  const question = deps.localizer.t(turnLocale(context), 'common:staffLanguage.ask');
  await askAboutPerson(context, deps, `${staffLanguageText(context, deps, asked)}\n\n${question}`);
  return true;
}

/** Mid-flow: the same answer, and that a person can be asked for; the flow's question follows. */
export async function sayStaffLanguageMidFlow(context: TurnContext, deps: DialogDeps, said: string): Promise<boolean> {
  const asked = staffLanguageAsked(said);
  if (!asked) return false;
  const question = deps.localizer.t(turnLocale(context), 'common:staffLanguage.askMidFlow');
  await say(context, deps, { text: `${staffLanguageText(context, deps, asked)}\n\n${question}` });
  return true;
}

/** With a person asked for "am besten auf Deutsch": the honest note on the staff's language, if any. */
export function staffLanguageNote(context: TurnContext, deps: DialogDeps, said: string): string | undefined {
  const asked = staffLanguageAsked(said);
  if (!asked || asked === 'nl') return undefined;
  const locale = turnLocale(context);
  return deps.localizer.t(locale, 'common:staffLanguage.note', {
    language: deps.localizer.t(locale, `common:staffLanguage.name.${asked}`),
  });
}
