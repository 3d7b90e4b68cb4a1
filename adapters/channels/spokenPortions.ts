/**
 * A long answer on the phone is said in portions: its first two or three sentences (the part that
 * answers the question), then "Wilt u meer weten?"; the rest follows on "ja" or "meer", again in
 * portions. A caller keeps no more than a few sentences in mind, and cannot skim back as a reader
 * can. Lines (paragraphs, list items) are kept whole where they fit, so a portion does not stop
 * halfway through a point. Pure; the renderer cuts, the turn step remembers the rest.
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
/** Up to this many sentences an answer is said whole: cutting it would save the caller nothing. */
const SAID_WHOLE = 5;
/** Unless its sentences are long: from four sentences, more words than this are too much to take in. */
const MOST_WORDS = 60;

/** The text's lines as sentences; a line longer than LONGEST_LINE split in runs of at most MOST_LATER. */
function units(text: string): string[][] {
  const found: string[][] = [];
  for (const line of text.split(/\n+/)) {
    const said = sentences(line);
    const run = said.length > LONGEST_LINE ? MOST_LATER : LONGEST_LINE;
    for (let i = 0; i < said.length; i += run) found.push(said.slice(i, i + run));
  }
  return found.filter((unit) => unit.length > 0);
}

/** "De voorwaarden zijn:" introduces what follows: a portion never ends with it. */
const introduces = (said: string[]): boolean => said.length > 0 && said[said.length - 1].endsWith(':');

/** The answer's portions, each its sentences; one portion when it is short. */
export function spokenPortions(text: string): string[][] {
  const all = units(text);
  const count = all.reduce((sum, unit) => sum + unit.length, 0);
  const words = all.flat().join(' ').split(/\s+/).length;
  if (count <= SAID_WHOLE && (count < 4 || words <= MOST_WORDS)) return [all.flat()];
  // The first portion: whole lines while they fit, else the first sentences of a long line.
  const first: string[] = [];
  while (all.length && (first.length < LEAST || introduces(first))) {
    const unit = all[0];
    // Inside a line, at least two of its sentences are left for "more" (not one alone).
    const room = Math.max(1, Math.min(MOST - first.length, unit.length - LEAST));
    if (first.length + unit.length <= MOST || (introduces(first) && unit.length <= room)) {
      first.push(...unit);
      all.shift();
    } else {
      first.push(...unit.slice(0, room));
      all[0] = unit.slice(room);
      if (!all[0].length) all.shift();
    }
  }
  // Whole lines while they fit, but not a heading ("Wat u nu doet:") whose points would not follow it.
  while (all.length && first.length + all[0].length <= MOST) {
    if (introduces(all[0]) && !(all.length > 1 && first.length + all[0].length + all[1].length <= MOST)) break;
    first.push(...(all.shift() ?? []));
  }
  const portions: string[][] = [first];
  let current: string[] = [];
  for (const unit of all) {
    if (current.length >= LEAST && !introduces(current) && current.length + unit.length > MOST_LATER) {
      portions.push(current);
      current = [];
    }
    current.push(...unit);
  }
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
