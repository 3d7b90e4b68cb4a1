import { normalizeQuestion } from './normalizeQuestion';

/**
 * Shame or anger said beside a money question ("ik schaam me kapot", "dit is echt diefstal!!!"): the
 * answer starts with a word that hears it (`faq:feeling.<id>`), before the facts. Fear and despair are
 * domain/language/worry.ts; a crisis is domain/handoff/distressSignal.ts.
 */
export type Feeling = 'shame' | 'anger' | 'need';

const SHAME =
  /\b(schaam\w*|schaamte|gegeneerd|ashamed|embarrass\w*|shame\w*|schame\w*|peinlich|wstydz\w*|wstyd\w*)\b/;
const ANGER =
  /\b(diefstal|dieven|zakkenvullers?|belachelijk\w*|schandalig\w*|schande|absurd\w*|woedend|boos|kwaad|robbery|theft|daylight robbery|thie(f|ves)|crooks|rip ?off|outrageous|ridiculous|disgrace\w*|furious|angry|diebstahl|diebe|lacherlich|abzocke|unverschamt\w*|frechheit|wutend|kradziez\w*|kpina|granda|zdzierstw\w*|zlodziej\w*|skandal\w*|oburz\w*|wsciek\w*)\b/;

/** What was taken is needed: "ik heb die auto nodig voor mijn werk", "I need my car for work". */
const NEEDED =
  /\b(nodig voor (mijn |m n |het )?(werk|baan|kinderen|job)|need (it|my car|the car|this car|that car) (for|to get to) (my )?(work|job)|brauche (ihn|es|das auto|mein auto|den wagen)( \w+){0,2} (fur|zur) (die |meine )?(arbeit|job)|potrzebuj\w*( \w+){0,3} do pracy)\b/;

/** The feeling a message says, or undefined. */
export function feelingSaid(text: string): Feeling | undefined {
  const normalized = normalizeQuestion(text);
  if (SHAME.test(normalized)) return 'shame';
  if (ANGER.test(normalized)) return 'anger';
  if (NEEDED.test(normalized)) return 'need';
  return undefined;
}
