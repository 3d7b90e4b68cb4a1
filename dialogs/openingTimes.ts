import type { TurnContext } from 'botbuilder';
import { asksWhenOpen } from '../domain/handoff/openingQuestion';
import { nextOpening } from '../domain/nextOpening';
import { isWithinOfficeHours } from '../domain/officeHours';
import type { ConversationData } from './conversationData';
import type { DialogDeps } from './dialogDeps';
import { askAboutPerson } from './personQuestion';
import { text } from './turn';

/**
 * "Wij zijn er weer maandag vanaf 8.00 uur": when staff are there again, from the configured office
 * hours and holidays, in the citizen's language (other languages say it is Dutch time). Empty when
 * no office hours are known.
 */
export function nextOpeningText(context: TurnContext, deps: DialogDeps): string {
  const hours = deps.handoff?.officeHours;
  const next = hours ? nextOpening(deps.clock.now(), hours) : undefined;
  if (!next) return '';
  const when =
    next.daysAhead === 0
      ? text(context, deps, 'handoff:opening.today')
      : next.daysAhead === 1
        ? text(context, deps, 'handoff:opening.tomorrow')
        : text(context, deps, `handoff:opening.day.${next.weekday}`);
  const hour = Math.floor(next.minute / 60);
  const minute = String(next.minute % 60).padStart(2, '0');
  return text(context, deps, 'handoff:opening.again', { when, hour, minute });
}

/** A text followed by the next opening ("… opnieuw proberen. Wij zijn er weer morgen vanaf 8.00 uur."). */
export function withNextOpening(context: TurnContext, deps: DialogDeps, said: string): string {
  const opening = nextOpeningText(context, deps);
  return opening ? `${said} ${opening}` : said;
}

/** The next opening put before the closing question of a text ("… feestdag). Wij zijn er weer … Wilt u …?"). */
export function openingBefore(context: TurnContext, deps: DialogDeps, said: string): string {
  const opening = nextOpeningText(context, deps);
  if (!opening) return said;
  const question = /([.!]\s+)([^.!?]*\?)$/.exec(said);
  if (!question) return `${opening} ${said}`;
  return `${said.slice(0, question.index)}${question[1].trimEnd()} ${opening} ${question[2]}`;
}

/**
 * "Wanneer zijn jullie wel open?" right after asking for a person: 'closed' (the call-back offer, which
 * says when staff are there again, answers it) or 'open' (said so, and a person offered); undefined
 * for anything else. Not the list of phone numbers.
 */
export function whenOpenAsked(
  deps: DialogDeps,
  said: string,
  data: ConversationData,
): 'open' | 'closed' | undefined {
  const hours = deps.handoff?.officeHours;
  if (!hours || data.lastIntent !== 'human_agent' || !asksWhenOpen(said)) return undefined;
  return isWithinOfficeHours(deps.clock.now(), hours) ? 'open' : 'closed';
}

/** Staff are there now: said so, with a person offered (a yes queues the citizen). */
export async function sayOpenNow(
  context: TurnContext,
  deps: DialogDeps,
  data: ConversationData,
): Promise<void> {
  data.personOffered = true;
  await askAboutPerson(context, deps, text(context, deps, 'handoff:opening.openNow'));
}
