import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from './dialogDeps';
import { text } from './turn';

/*
 * "En op zaterdag?" after the opening hours: whether staff answer the chat on that day, from the
 * configured office hours (so an operator's change holds here too). A holiday asked about: closed,
 * as the office hours say.
 */

function clock(context: TurnContext, deps: DialogDeps, minute: number): string {
  const hour = Math.floor(minute / 60);
  return text(context, deps, 'handoff:dayHours.time', { hour, minute: String(minute % 60).padStart(2, '0') });
}

const capitalised = (said: string): string => said.charAt(0).toUpperCase() + said.slice(1);

/** One sentence per day asked (none: the holidays); undefined without configured office hours. */
export function dayHoursText(context: TurnContext, deps: DialogDeps, days: number[]): string | undefined {
  const hours = deps.handoff?.officeHours;
  if (!hours) return undefined;
  if (days.length === 0) return text(context, deps, 'handoff:dayHours.holiday');
  const lines = days.map((day) => {
    const name = text(context, deps, `handoff:opening.day.${day}`);
    const open = hours.week[day] ?? [];
    if (open.length === 0) return capitalised(text(context, deps, 'handoff:dayHours.closed', { day: name }));
    const times = open.map(([from, to]) => `${clock(context, deps, from)}-${clock(context, deps, to)}`).join(', ');
    return capitalised(text(context, deps, 'handoff:dayHours.open', { day: name, times }));
  });
  const open = days.some((day) => (hours.week[day] ?? []).length > 0);
  const holidays = open ? [text(context, deps, 'handoff:dayHours.notOnHolidays')] : [];
  return [...lines, ...holidays, text(context, deps, 'handoff:dayHours.askMe')].join(' ');
}
