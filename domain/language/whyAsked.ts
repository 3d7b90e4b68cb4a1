/**
 * "Waarom heeft u dat nodig?", "what do you need that for?", "Wozu brauchen Sie das?", "Po co to
 * potrzebne?": a question about the question just asked, for the flow to explain, not for the
 * knowledge base.
 */
import { normalizeText } from './normalizeText';

const WHY = /\b(waarom|waarvoor|why|what for|wozu|warum|wofur|dlaczego|po co|czemu)\b/;
const NEEDED =
  /\b(nodig|need|needed|brauch\w*|benotig\w*|potrzeb\w*|vraagt|vragen|ask|asking|fragen|pytasz|pyta|geven|opgeven|give|giving|provide|angeben|geben|nennen|podac|podawac)\b/;
const WHAT_FOR = /\bwhat (do|would) you need (it|that|this) for\b/;

export function asksWhyAsked(text: string): boolean {
  const normal = normalizeText(text);
  return WHAT_FOR.test(normal) || (WHY.test(normal) && NEEDED.test(normal));
}
