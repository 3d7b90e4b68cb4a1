import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { agrees } from './agreement';
import { monthsChangedTo } from './monthsChange';
import { scheduleObjection } from './scheduleObjection';

/**
 * "Ok doe maar 6 dan", "fine, the 6 months then", "na gut, dann 6", "dobrze, niech będzie 6" with
 * 6 months proposed (often after asking for more): agreeing to the proposed months. The number is
 * the months, not an amount of one's own ("maar 6" is no "only 6 euros" here).
 */
const SETTLING =
  / (ok|oke|okay|goed|prima|akkoord|doe maar|dan maar|dan|fine|alright|all right|sure|then|ill take|go with|gut|na gut|also gut|dann|einverstanden|ok dann|dobrze|dobra|no dobra|niech bedzie|w porzadku|zgoda|to) /;
const MONEY =
  / (euros?|eur|€|zl|zloty|zlotych|per maand|a month|per month|im monat|pro monat|miesiecznie|na miesiac) /;
const NEGATED = / (nicht|kein\w*|nie|niet|not|dont|no|nee|geen) /;
const MAX_WORDS = 8;

/** "Not 12", "niet in 12", "nicht 12", "nie w 12": those months refused, not agreed to. */
const MONTHS_NEGATED =
  / (not|niet|nicht|nie|geen|kein\w*|no|never|nooit|nie) ((in|over|op|w|na|auf|fur|for) )?\d+ /;

/**
 * "No wait, make that 12 months", "nee wacht, toch 12 maanden", "nein warte, doch 12 Monate" with 12
 * proposed (after asking for other months): a change of mind to the proposed months, so agreeing.
 */
function changesMindTo(answer: string, text: string, months: number): boolean {
  return monthsChangedTo(answer) === months && !MONTHS_NEGATED.test(text) && !MONEY.test(text);
}

export function agreesToMonths(answer: string, months: number): boolean {
  const text = normalizeQuestion(answer);
  if (answer.includes('?') || text.trim().split(' ').length > MAX_WORDS) return false;
  if (changesMindTo(answer, text, months)) return true;
  const numbers = text.match(/\b\d+\b/g) ?? [];
  if (numbers.length !== 1 || Number(numbers[0]) !== months) return false;
  // "niech będzie" carries "nie"; only a negation of its own counts.
  const withoutSoBeIt = text.replace(/ niech bedzie /g, ' ');
  if (MONEY.test(text) || NEGATED.test(withoutSoBeIt)) return false;
  if (scheduleObjection(answer.replace(/\b\d+\b/, '')) !== undefined) return false;
  return SETTLING.test(text) || agrees(answer);
}
