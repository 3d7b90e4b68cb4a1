/**
 * A long answer on the phone is said in portions: its first two or three sentences (the part that
 * answers the question), then "Wilt u meer weten?"; the rest follows on "ja" or "meer", again in
 * portions. A caller keeps no more than a few sentences in mind, and cannot skim back as a reader
 * can. Lines (paragraphs, list items) are kept whole where they fit, so a portion does not stop
 * halfway through a point, and a list or table is said whole. Pure; the renderer cuts, the turn step remembers the rest.
 */
import { sentences } from './speakable';

/**
 * Sentences a portion aims at: at least two; the first at most three (the answer to the question),
 * the next ones, asked for, at most five. A line (a paragraph, one fine's facts) stays whole in them
 * up to seven sentences; only the first portion may stop inside a line.
 */
const LEAST = 2;
const MOST = 3;
const MOST_LATER = 5;
const LONGEST_LINE = 7;
/**
 * A list or table ("tot 120 euro: 3 maanden", the points of "Wat u nu doet:") is said whole in one
 * portion up to this many sentences, or the portion ends before it: half a table is no answer. A
 * longer list is cut between its points only.
 */
const LONGEST_LIST = 10;
/** Up to this many sentences an answer is said whole: cutting it would save the caller nothing. */
const SAID_WHOLE = 5;
/** Unless its sentences are long: from four sentences, more words than this are too much to take in. */
const MOST_WORDS = 60;

/** A point of a list: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** A piece the portions are made of: a line's sentences, or a whole list that is never cut inside. */
interface Unit {
  said: string[];
  list: boolean;
}

/** A line as units: longer than LONGEST_LINE, in runs of at most MOST_LATER sentences. */
function lineUnits(said: string[]): Unit[] {
  const run = said.length > LONGEST_LINE ? MOST_LATER : LONGEST_LINE;
  const found: Unit[] = [];
  for (let i = 0; i < said.length; i += run) found.push({ said: said.slice(i, i + run), list: false });
  return found;
}

/** The text's lines as units; the points of a list together as one, when it is not too long. */
function units(text: string): Unit[] {
  const found: Unit[] = [];
  let points: string[][] = [];
  const endList = (): void => {
    const said = points.flat();
    if (said.length <= LONGEST_LIST) found.push({ said, list: true });
    else for (const point of points) found.push(...lineUnits(point));
    points = [];
  };
  for (const line of text.split(/\n+/)) {
    if (LIST_ITEM.test(line)) {
      points.push(sentences(line));
      continue;
    }
    if (points.length) endList();
    found.push(...lineUnits(sentences(line)));
  }
  if (points.length) endList();
  return found.filter((unit) => unit.said.length > 0);
}

/** "De voorwaarden zijn:" introduces what follows: a portion never ends with it. */
const introduces = (said: string[]): boolean => said.length > 0 && said[said.length - 1].endsWith(':');

/** The answer's portions, each its sentences; one portion when it is short. */
export function spokenPortions(text: string): string[][] {
  const all = units(text);
  const count = all.reduce((sum, unit) => sum + unit.said.length, 0);
  const words = all
    .flatMap((unit) => unit.said)
    .join(' ')
    .split(/\s+/).length;
  if (count <= SAID_WHOLE && (count < 4 || words <= MOST_WORDS)) return [all.flatMap((unit) => unit.said)];
  // The first portion: whole lines while they fit, else the first sentences of a long line; a list whole.
  const first: string[] = [];
  while (all.length && (first.length < LEAST || introduces(first))) {
    const unit = all[0].said;
    // A list, or a heading and its list, that does not fit after the answer heard so far ("Bij 1500
    // euro zijn dat 18 maanden.", then the table): the part ends before it, the list follows on "more".
    const points = all[0].list ? 0 : introduces(unit) && all[1]?.list ? all[1].said.length : -1;
    if (points >= 0 && first.length && !introduces(first) && first.length + unit.length + points > MOST)
      break;
    // Inside a line, at least two of its sentences are left for "more" (not one alone).
    const room = Math.max(1, Math.min(MOST - first.length, unit.length - LEAST));
    if (all[0].list || first.length + unit.length <= MOST || (introduces(first) && unit.length <= room)) {
      first.push(...unit);
      all.shift();
    } else {
      first.push(...unit.slice(0, room));
      all[0] = { said: unit.slice(room), list: false };
      if (!all[0].said.length) all.shift();
    }
  }
  // Whole lines while they fit, but not a heading ("Wat u nu doet:") whose points would not follow it.
  while (all.length && first.length + all[0].said.length <= MOST) {
    if (
      introduces(all[0].said) &&
      !(all.length > 1 && first.length + all[0].said.length + all[1].said.length <= MOST)
    )
      break;
    first.push(...(all.shift()?.said ?? []));
  }
  const portions: string[][] = [first];
  let current: string[] = [];
  all.forEach((unit, i) => {
    // A heading goes with its points: the portion ends before it when they would not fit after it.
    const next = introduces(unit.said) ? (all[i + 1]?.said.length ?? 0) : 0;
    if (
      current.length >= LEAST &&
      !introduces(current) &&
      current.length + unit.said.length + next > MOST_LATER
    ) {
      portions.push(current);
      current = [];
    }
    current.push(...unit.said);
  });
  if (current.length) portions.push(current);
  // A last portion of one sentence joins the one before: "more?" for a single sentence is a waste.
  if (portions.length > 1 && portions[portions.length - 1].length < LEAST) {
    const last = portions.pop() ?? [];
    portions[portions.length - 1].push(...last);
  }
  return portions;
}

/**
 * The portions of a long answer (the first is the one said), carried from the renderer to the turn
 * step on the rendered activity (a symbol: never sent over the wire).
 */
export const SPOKEN_REST = Symbol('spokenPortions.rest');

export interface WithSpokenRest {
  [SPOKEN_REST]?: string[][];
}
