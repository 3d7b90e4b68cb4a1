/**
 * "Sorry, ik begin opnieuw", "let me start again", "ich fange nochmal an", "zacznę od nowa": while
 * giving a number, the caller starts the same answer again. Not a stop: the digits so far are
 * dropped and the same question is asked again.
 */
import { normalizeText } from './normalizeText';

const START_OVER = [
  /\b(ik )?(begin|start|begin ik|start ik) (weer |maar |even |gewoon )?(opnieuw|overnieuw|van voren af aan|nog een keer|nog eens)\b/,
  /\b(opnieuw|overnieuw) (beginnen|starten)\b/,
  /\b(nog (een keer|eens)) (van (voren|het begin)|vanaf het begin)\b/,
  /\b(let me |ill |i will |i ll |can i )?(start|begin) (again|over|from the (start|beginning)|once more)\b/,
  /\b(from the (start|top|beginning)) (again)?\b/,
  /\b(ich )?(fange|fang) (noch ?mal|nochmal|neu|von vorne)( an)?\b/,
  /\b(noch ?mal|nochmal) von (vorne|vorn)\b/,
  /\b(zaczne|zaczynam|zacznijmy) (od nowa|jeszcze raz|od poczatku)\b/,
  /\bod (nowa|poczatku)\b/,
];

export function startsOver(text: string): boolean {
  const normal = normalizeText(text);
  return START_OVER.some((cue) => cue.test(normal));
}
