/**
 * "Sorry, verkeerd nummer", "wrong number", "wrong letter", "ich habe mich vertippt", "zły numer":
 * the citizen says the CJIB number just given was wrong (or was that of another letter). Used where the
 * next question (the postcode) is asked, so that the number is asked again instead of the answer
 * being read as a bad postcode. A message about the postcode itself is no such correction.
 */
import { normalizeText } from './normalizeText';

/** A word for the number (or its digits) near a word saying it was wrong, in nl, en, de and pl. */
const WRONG_NUMBER = [
  /\b(verkeerd|verkeerde|foute?|ander|andere|onjuist|onjuiste)\b( \w+){0,2} (nummer|cjib nummer|cjibnummer|cijfers?|brief)\b/,
  /\b(nummer|cijfers?)\b( \w+){0,3} (klopt niet|klopt toch niet|is fout|was fout|is verkeerd|was verkeerd|niet goed)\b/,
  /\b(wrong|incorrect) (cjib )?(number|digits?|letter)\b/,
  /\b(different|another|other) (cjib )?(number|digits?)\b/,
  /\b(number|digits?)( \w+){0,2} (is|was|are|were) (wrong|incorrect|not right)\b/,
  /\b(falsche|falscher|falsch|andere|anderer) (cjib )?(nummer|ziffern?)\b/,
  /\b(falsche|falscher|falsches) (brief|schreiben)\b/,
  /\b(nummer|ziffern?)( \w+){0,2} (ist|war|sind|waren) (falsch|nicht richtig)\b/,
  /\b(zly|zle|bledny|bledne|inny|niewlasciwy) (numer|cyfry)\b/,
  /\b(zly|zle|niewlasciwy|niewlasciwe) (list|pismo)\b/,
  /\b(numer|cyfry)( \w+){0,2} (jest|byl|sa) (zly|zle|bledny|bledne)\b/,
];

/** Saying one made a mistake typing or reading it. */
const MISTAKE =
  /\b(ik heb me vergist|ik vergiste me|vergist|verkeerd (ingetypt|getypt|overgetypt)|typfout|tikfout|typo|mistyped|my mistake|i made a mistake|vertippt|verschrieben|ich habe mich (vertan|geirrt)|pomylil(em|am)( sie)?|pomylka|literowka)\b/;

const ABOUT_POSTCODE = /\b(postcode|postleitzahl|plz|zip|postal|kod pocztowy|adres|address|adresse)\b/;

export function saysNumberWasWrong(text: string): boolean {
  const normal = normalizeText(text);
  if (!normal || ABOUT_POSTCODE.test(normal)) return false;
  return MISTAKE.test(normal) || WRONG_NUMBER.some((pattern) => pattern.test(normal));
}
