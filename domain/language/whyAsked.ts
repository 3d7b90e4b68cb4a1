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

/**
 * "Is dit veilig?", "is it safe to give my number here?", "ist das sicher?", "czy to bezpieczne?" while
 * data is asked: the same doubt about giving it (not a message received, which is the scam answer).
 */
const SAFE =
  /\b(is (dit|dat|het|deze chat) (hier )?(wel )?veilig|veilig om|is (this|that|it|this chat) (really )?(safe|secure)|safe to|ist (das|es|dieser chat) (hier )?(auch )?sicher|sicher hier|czy (to|ten czat) (jest )?bezpieczn\w*|czy bezpiecznie)\b/;
const RECEIVED = /\b(sms|whatsapp|app|link|mail|e ?mail|bericht|message|text|nachricht|wiadomosc\w*|brief|letter|schreiben|list)\b/;

export function asksWhyAsked(text: string): boolean {
  const normal = normalizeText(text);
  if (SAFE.test(normal) && !RECEIVED.test(normal)) return true;
  return WHAT_FOR.test(normal) || (WHY.test(normal) && (NEEDED.test(normal) || WANTS_DATA.test(normal)));
}
