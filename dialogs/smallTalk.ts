import type { TurnContext } from 'botbuilder';
import type { IntentId } from '../domain/language/intents';
import type { Recognition } from '../domain/ports/recognizer';
import type { DialogDeps } from './dialogDeps';
import { say, turnLocale } from './turn';

/** Says what the assistant can do, with the main flows as choices. */
export async function sayCapabilities(context: TurnContext, deps: DialogDeps, key: string): Promise<void> {
  const locale = turnLocale(context);
  const t = (k: string): string => deps.localizer.t(locale, k);
  await say(context, deps, {
    text: t(key),
    choices: [
      { value: 'fine_status', title: t('common:choice.lookup') },
      { value: 'payment_arrangement', title: t('common:choice.arrangement') },
      { value: 'human_agent', title: t('common:choice.human') },
    ],
  });
}

/**
 * Which of the offered interpretations the citizen picked: by number ("1", "2"), by the choice's
 * title, or by saying something the recogniser files under one of them.
 */
export function offeredIntent(text: string, offered: IntentId[], deps: DialogDeps, recognition: Recognition): IntentId | undefined {
  const answer = text.trim().toLowerCase().replace(/[.!)]+$/, '');
  const index = Number.parseInt(answer, 10);
  if (String(index) === answer && index >= 1 && index <= offered.length) return offered[index - 1];
  for (const intent of offered) {
    for (const locale of ['nl', 'en', 'de', 'pl'] as const) {
      if (deps.localizer.t(locale, `common:intent.${intent}`).toLowerCase() === answer) return intent;
    }
  }
  return offered.includes(recognition.intent) ? recognition.intent : undefined;
}
