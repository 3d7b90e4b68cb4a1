/**
 * "En als ik dat niet kan?", "wat als ik niet betaal?", "and if I can't?", "und wenn ich das nicht
 * zahlen kann?", "a jeśli nie zapłacę?": what happens, and what can be done, if the citizen cannot
 * pay (a condition, not the statement "ik kan niet betalen", which is a cry for help of its own).
 */
import { normalizeText } from './normalizeText';

const PRONOUN = '(dat|het|die|dit|t|de boete|deze boete|dat bedrag)';

const IF_CANNOT = [
  new RegExp(
    `\\b(als|indien|stel dat) ik ${PRONOUN}? ?(niet|nie) (kan|kan betalen|betalen kan|betaal|op tijd betaal|op tijd kan betalen)\\b`,
  ),
  new RegExp(`\\bals ${PRONOUN}? ?(niet|nie) lukt\\b`),
  new RegExp(
    `\\b(wat|en) (als|nou als|gebeurt er als|gebeurt er dan als) ik ${PRONOUN}? ?(niet|nie)\\b.*\\b(kan|betaal|betalen)\\b`,
  ),
  /\b(and |but |what |what happens )?if i (cant|cannot|can not|dont|do not|am not able to|wont)( be able to)?( pay)?( (it|that|this|the fine|on time))?$/,
  /\bwhat (happens|if) (if )?i (cant|cannot|can not|dont|do not|wont) pay\b/,
  /\b(und |aber )?wenn ich (das |es |die strafe )?(nicht|nich) (be)?(zahlen )?(kann|zahle|bezahle)\b/,
  /\bwas (passiert|ist|geschieht),? wenn ich (das |es )?nicht (be)?zahle\b/,
  /\b(a |ale )?(co )?(jesli|jezeli|gdy|jak) nie (moge|zaplace|dam rady|bede mogl\w*|mam z czego)( (zaplacic|placic))?\b/,
  // "En als ik dat niet haal?", "what if I miss it?", "und wenn ich das nicht schaffe?", "a jak nie zdążę?": missing the date.
  /\b(als|indien|stel dat) ik (dat|het|die|de datum|die datum|de termijn|die termijn|dat bedrag)? ?(niet|nie) (haal|red|kan halen|ga halen|op tijd red)\b/,
  /\bif i (dont|do not|cant|cannot|wont) (make it|manage( it)?|meet (it|that|the deadline|the date))\b|\bif i miss (it|that|the deadline|the date|the due date)\b/,
  /\bwenn ich (das |es |den termin |die frist )?(nicht (schaffe|einhalten kann)|verpasse)\b/,
  /\b(jesli|jezeli|gdy|jak) (nie zdaze|przegapie|przekrocze termin)\b/,
];

export function asksIfCannotPay(text: string): boolean {
  const normal = normalizeText(text);
  return IF_CANNOT.some((cue) => cue.test(normal));
}
