import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from './dialogDeps';
import { turnChannel, turnLocale } from './turn';

/** Suffix of a text's variant for channels that list choices as numbers: `plan.retry` → `plan.retryNumbered`. */
export const NUMBERED_VARIANT_SUFFIX = 'Numbered';

/**
 * Whether this turn's channel shows offered choices as a numbered text list (SMS, WhatsApp). The
 * renderer owns the table of channels, so it is asked how it would show one choice.
 */
function choicesAsNumbers(context: TurnContext, deps: DialogDeps): boolean {
  const probe = deps.renderer.render(
    { text: '', choices: [{ value: '1', title: '1' }] },
    turnChannel(context),
  );
  return probe.textFormat === 'plain' && probe.speak === undefined;
}

/**
 * The key of a text that names the choices ("Kies 'Ja, aanvragen', …"): on a channel without
 * buttons its sibling that names their numbers ("Antwoord 1, 2 of 3"), when there is one.
 */
export function numberedKey(context: TurnContext, deps: DialogDeps, key: string): string {
  const numbered = `${key}${NUMBERED_VARIANT_SUFFIX}`;
  if (!deps.localizer.has(turnLocale(context), numbered)) return key;
  return choicesAsNumbers(context, deps) ? numbered : key;
}
