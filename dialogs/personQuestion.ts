import type { TurnContext } from 'botbuilder';
import type { Locale } from '../domain/language/locale';
import type { DialogDeps } from './dialogDeps';
import { say, turnLocale } from './turn';

/**
 * Asks whether the citizen wants a person ("Wilt u met een medewerker spreken?"), with yes and no as
 * choices; the caller remembers that a person was offered, so the answer is read as one.
 */
export async function askAboutPerson(
  context: TurnContext,
  deps: DialogDeps,
  question: string,
  locale: Locale = turnLocale(context),
): Promise<void> {
  await say(context, deps, {
    text: question,
    choices: [
      { value: 'yes', title: deps.localizer.t(locale, 'common:choice.yes') },
      { value: 'no', title: deps.localizer.t(locale, 'common:choice.no') },
    ],
    expectsInput: true,
  });
}
