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
/** "Waarom wil je mijn postcode weten?": wanting to know the data asked for (not "ik wil weten waarom …"). */
const WANTS_DATA =
  /\b(wil je|wilt u|willen jullie|you want|wollen sie|willst du|chcesz|chcecie|chce pan\w*)\b.*\b(postcode|postcod\w*|zip|postleitzahl|plz|kod\w* pocztow\w*|nummer|number|numer\w*|e ?mail|adres\w*|address|telefoon\w*|phone|telefon\w*|gegevens|daten|dane|data|details)\b|\b(postcode|zip|postleitzahl|kod\w* pocztow\w*|nummer|number|numer\w*)\b.*\b(weten|wissen|wiedziec)\b/;

export function asksWhyAsked(text: string): boolean {
  const normal = normalizeText(text);
  return WHAT_FOR.test(normal) || (WHY.test(normal) && (NEEDED.test(normal) || WANTS_DATA.test(normal)));
}
