import type { Activity, TurnContext } from 'botbuilder';
import { attachOfferedChoices } from '../adapters/channels/offeredChoices';
import { repeatablePrompt, type RepeatablePrompt } from '../adapters/channels/repeatRequest';
import { SPOKEN_REST, spokenPortions, type WithSpokenRest } from '../adapters/channels/spokenPortions';
import { ssmlOfSentences } from '../adapters/channels/ssml';
import { toLocale, type Locale } from '../domain/language/locale';
import { asksForNextPart, saysNoToMore, saysYesToMore } from '../domain/language/moreOfAnswer';
import type { Localizer } from '../domain/ports/localizer';

/** What the phone keeps of a long answer said in part (in the channel memory; texts of the answer only). */
export interface SpokenRestMemory {
  /**
   * The portions of a long answer not yet said (spokenPortions.ts), and the messages held back after it
   * (the next question: "did this help?", the flow's question), said once the caller heard enough.
   */
  more?: { rest: string[][]; locale: Locale; after: RepeatablePrompt[] };
}

const MORE_KEY = 'channels:speech.moreAsk';
/** Up to this many sentences a message asked for again is said again whole. */
const REPEATED_WHOLE = 8;
/** Set on a turn that said a long answer's first portion: the messages after it are held back. */
const MORE_KEPT = Symbol('spokenRest.kept');
/** Set on a turn that says the next portion or what was held back: nothing more is held. */
const SAYING_MORE = Symbol('spokenRest.saying');

/** The held-back messages as they are sent; the last keeps the line open. */
function heldMessages(after: readonly RepeatablePrompt[]): Partial<Activity>[] {
  return after.map((m, i) =>
    attachOfferedChoices(
      {
        type: 'message' as const,
        text: m.text,
        ...(m.speak ? { speak: m.speak } : {}),
        inputHint: i === after.length - 1 ? 'expectingInput' : (m.inputHint ?? 'acceptingInput'),
      },
      m.choices,
    ),
  );
}

/**
 * On the phone a long answer is said in portions (the renderer cuts it, spokenPortions.ts): its first
 * two or three sentences, then "Wilt u meer weten?" as the last thing said; what the turn would have
 * said after it ("did this help?", the flow's question) waits. "Ja", "meer" says the next portion (and
 * "more?" again while more is left), then what waited; "nee" says what waited; anything else goes on
 * as usual. A long message the caller asks to hear again is shortened the same way.
 */
export class SpokenRest {
  constructor(private readonly localizer: Localizer) {}

  /** The caller's answer to "more?"; true when this answered the turn (the dialogs do not run). */
  async answer(context: TurnContext, memory: SpokenRestMemory, text: string): Promise<boolean> {
    const more = memory.more;
    if (!more) return false;
    const yes = asksForNextPart(text) || saysYesToMore(text);
    const no = !yes && saysNoToMore(text);
    if (!yes && !(no && more.after.length)) {
      // A new question, "nee" with nothing waiting: the conversation goes on as usual.
      memory.more = undefined;
      return false;
    }
    context.turnState.set(SAYING_MORE, true);
    const [next, ...rest] = yes ? more.rest : [];
    if (next !== undefined && rest.length) {
      memory.more = { ...more, rest };
      const said = [...next, this.localizer.t(more.locale, MORE_KEY)];
      await context.sendActivity(this.portion(said, more.locale, 'expectingInput'));
      return true;
    }
    memory.more = undefined;
    const after = heldMessages(more.after);
    const first =
      next === undefined
        ? []
        : [this.portion(next, more.locale, after.length ? 'acceptingInput' : 'expectingInput')];
    await context.sendActivities([...first, ...after]);
    return true;
  }

  /** Sentences said as one message: its text one per line, its SSML without cutting them again. */
  private portion(said: string[], locale: Locale, inputHint: string): Partial<Activity> {
    return {
      type: 'message',
      text: said.join('\n'),
      speak: ssmlOfSentences(said, locale),
      inputHint,
      locale,
    };
  }

  /**
   * Outgoing: a long answer's portions, carried on its activity by the renderer, go into the memory;
   * the messages after it in the same turn are held back (removed from `activities`) until the caller
   * answers "more?". A second long answer in the turn joins the portions. Not on a turn that repeats
   * (`repeating`) or says what was held. True when something was held back.
   */
  keep(
    context: TurnContext,
    memory: SpokenRestMemory,
    activities: Partial<Activity>[],
    locale: Locale,
    repeating: boolean,
  ): boolean {
    if (repeating || context.turnState.get(SAYING_MORE)) return false;
    let held = false;
    for (const activity of [...activities]) {
      if (activity.type !== 'message') continue;
      const portions = (activity as WithSpokenRest)[SPOKEN_REST];
      const kept = context.turnState.get(MORE_KEPT) === true && memory.more !== undefined;
      if (portions?.length && !kept) {
        memory.more = { rest: portions.slice(1), locale: toLocale(activity.locale) ?? locale, after: [] };
        context.turnState.set(MORE_KEPT, true);
        continue;
      }
      if (!kept || !memory.more) continue;
      if (portions?.length) memory.more.rest = [...memory.more.rest, ...portions];
      else memory.more.after = [...memory.more.after, ...repeatablePrompt([activity])].slice(-3);
      activities.splice(activities.indexOf(activity), 1);
      held = true;
    }
    return held;
  }

  /**
   * "Kunt u dat herhalen?" after a long message (a lookup, an answer): its first portion and "more?";
   * the rest and the question after it wait, as after a long answer.
   */
  shortened(memory: SpokenRestMemory, prompt: RepeatablePrompt[], locale: Locale): RepeatablePrompt[] {
    const index = prompt.findIndex((m) => !m.choices?.length && m.inputHint !== 'expectingInput');
    const long = index >= 0 ? prompt[index] : undefined;
    const portions = long ? spokenPortions(long.text) : [];
    // One fine's facts (six sentences) are said again whole: its amount is what is asked for most.
    if (!long || portions.length < 2 || portions.flat().length <= REPEATED_WHOLE) return prompt;
    const first = [...portions[0], this.localizer.t(locale, MORE_KEY)];
    memory.more = { rest: portions.slice(1), locale, after: prompt.slice(index + 1) };
    return [
      ...prompt.slice(0, index),
      { ...long, text: first.join('\n'), speak: ssmlOfSentences(first, locale), inputHint: 'expectingInput' },
    ];
  }
}
