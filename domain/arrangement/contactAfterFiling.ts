import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Oh no I made a typo in my email, it should be lukas@example.de", "mijn nummer is veranderd,
 * het is 0687654321", "falsche E-Mail, richtig ist …", "pomyłka w mailu, poprawny to …" after a
 * request was filed: a new contact detail for the request on file. The message gives one (an
 * e-mail address or phone number was recognised); this tells whether it says it replaces the one
 * given, or is the detail alone.
 */
const CORRECTION =
  / (typo|typfehler|tippfehler|literowk\w*|verkeerd\w*|fout|foutje|wrong|mistake|mistyped|misspelled|falsch\w*|fehler|zly|zle|bledn\w*|pomyl\w*|should be|moet zijn|het moet|it is|its|actually|eigenlijk|bedoel\w*|meant|mean|instead|liever|in plaats|richtig|eigentlich|stattdessen|meinte|poprawn\w*|wlasciw\w*|zamiast|veranderd|gewijzigd|changed|new|nieuw\w*|neue\w*|nowy|nowe|andere?|other|another|inny|inne|wijzig\w*|veranderen|change|update|andern|zmien\w*|oops|oeps|sorry|hoppla|przepraszam|nee|no|nein|nie) /;

export function correctsFiledContact(message: string): boolean {
  return CORRECTION.test(normalizeQuestion(message));
}

/** Only the contact detail itself ("lukas@example.de", "0612345678"), nothing else said. */
export function isContactAlone(message: string): boolean {
  return message.trim().split(/\s+/).length <= 3;
}
