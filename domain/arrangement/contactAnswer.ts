import type { Entities } from '../language/entities';
import { extractEmail } from '../language/emailEntity';
import { isQuestion } from '../knowledge/questionForm';
import { foldDiacritics, normalizeText } from '../language/normalizeText';
import { extractYesNo } from '../language/yesNo';

/**
 * "jan punt jansen", then "apenstaartje gmail punt com" (or "jan.jansen", then "@gmail.com"): an
 * e-mail address said over two messages, read from both together.
 */
export function emailInTwoParts(previous: string, answer: string): string | undefined {
  return extractEmail(`${previous.trim()}${answer.trim()}`) ?? extractEmail(`${previous} ${answer}`);
}

/** "Bel me maar", "ik wil liever gebeld worden", "call me", "ruf mich an", "zadzwońcie": to be reached by phone. */
const BY_PHONE =
  /\b(bel (me|mij)|(me|mij) (\w+ )?(op)?bellen|telefonisch|per telefoon|gebeld (te )?worden|call me|phone me|ring me|by phone|be called|(phone )?call instead|ruf\w* (sie )?mich|mich (\w+ )?anrufen|angerufen werden|zadzwon\w*|dzwon\w*|telefonicznie|kontakt telefoniczny)\b/;
/** "Bel me niet", "don't call me", "nicht anrufen", "nie dzwońcie". */
const NOT_BY_PHONE = /\b(niet|nooit|not|dont|never|nicht|nie)\b/;

/** At the contact question, the wish to be called: an answer to it (which number?), not a request for a person. */
export function wantsPhoneCall(answer: string): boolean {
  const normal = normalizeText(answer);
  return BY_PHONE.test(normal) && !NOT_BY_PHONE.test(normal);
}

/** Words for a contact detail ("het e-mailadres klopt niet", "wrong number"), without the detail itself. */
const CONTACT_WORDS =
  /e-?mail|\bmail|\bmejl|mailadres|\badres|telefoon|nummer|\bphone|\bnumber|\baddress|telefon|\bnumer|adresse/i;

/** Changing a contact: "can I change my e-mail?", "andere Adresse", "zmienić e-mail", "wijzigen". */
const CHANGE_WORDS =
  /\b(change|update|different|other|another|wrong|new|wijzig\w*|veranderen|ander\w*|verkeerd|nieuw\w*|klopt niet|fout|falsch|neue\w*|korrigier\w*|zmieni\w*|zmian\w*|inny|inne|innego|inna|nowy|nowe|nowego|bledn\w*|zly|zle)\b/;

/** "I want to change the e-mail address" without the new one: the contact is asked again. */
export function wantsOtherContact(answer: string): boolean {
  return mentionsContact(answer) && CHANGE_WORDS.test(foldDiacritics(answer));
}

/** Whether an answer is about the contact detail, e.g. a "no" that means the contact is wrong. */
export function mentionsContact(answer: string): boolean {
  return CONTACT_WORDS.test(answer);
}

/** "Ik heb geen e-mail", "no phone", "kein Telefon", "nie mam e-maila": no contact of that kind to give. */
export function saysHasNoContact(answer: string): boolean {
  return mentionsContact(answer) && (/\b(geen|no|kein\w*|nie mam)\b/i.test(answer) || FORGOTTEN.test(answer));
}

/** "Ik weet mijn mailadres niet uit mijn hoofd", "I can't remember my email", "vergessen", "nie pamiętam". */
const FORGOTTEN =
  /\b(weet \S+ ?\S* ?\S* ?niet|niet uit (mijn|m'n|mn) hoofd|kwijt|vergeten|(don'?t|do not|can'?t|cannot) remember|forgot|forgotten|don'?t know|weiß \S+ ?\S* ?\S* ?nicht|weiss \S+ ?\S* ?\S* ?nicht|vergessen|nie pami\S*|zapomnia\S*|nie wiem)\b/i;

/** A confirmation of the request: "Bestätigung", "potwierdzenie", "bevestiging". */
const CONFIRMATION = /confirmation|bestätigung|bestaetigung|potwierdzeni|bevestiging/i;

/**
 * A question about the contact detail or a confirmation at the sending ("do I get an e-mail?",
 * "czy dostanę potwierdzenie?"), not a change of the contact.
 */
export function asksAboutContact(answer: string): boolean {
  return (
    isQuestion(answer) && (mentionsContact(answer) || CONFIRMATION.test(answer)) && !wantsOtherContact(answer)
  );
}

/** "Actually no", "nee, toch niet", "jednak nie", "nein danke": a no on its own ("nie wiem" is not one). */
const PLAIN_NO =
  /^((actually|well|hmm|eigentlich|ach|jednak|toch|nou)[\s,]+)?(no|nope|nee|neen|nein|nie)(\s+(toch niet|doch nicht|jednak|thanks|thank you|danke|dziękuję|bedankt|dank je))?[\s,.!]*$|^(jednak nie|doch nicht|toch niet|actually not)\b/i;

/**
 * "Ja", "jawel", "yes", "sure", "ja bitte", "tak": a yes and nothing more. At the contact question the
 * citizen agrees to give one and has not yet said it.
 */
const BARE_YES =
  /^(ja|jawel|jazeker|ja hoor|ja graag|ja prima|ja goed|ja hoor prima|prima|goed|is goed|dat is goed|doe maar|okay|ok|oke|yes|yeah|yep|sure|yes please|of course|ja bitte|ja klar|klar|gut|natürlich|naturlich|tak|tak prosze|dobrze|no dobrze|oczywiscie)$/;

export function isBareYes(answer: string): boolean {
  const said = normalizeText(answer);
  if (BARE_YES.test(said)) return true;
  // "ja gerne", "tak poproszę", "yes of course": a short yes without any address or number in it.
  // ("ja maar waarom?", "tak, ale…": a yes with a but or a question is no go-ahead.)
  const more =
    /[\d@?]/.test(answer) ||
    /\b(maar|but|aber|ale|geen|kein\w*|no|nie|waarom|why|warum|dlaczego)\b/.test(said);
  return !more && said.split(' ').length <= 3 && extractYesNo(said) === true;
}

/** A plain "no" (not "no, I have no e-mail"), e.g. where a contact is asked. */
export function isPlainNo(answer: string): boolean {
  return PLAIN_NO.test(answer.trim());
}

/**
 * "Nee", "nee joh", "no thanks", "nein danke", "nie": a no and nothing more. At the contact question
 * it says no contact is given, not that the request is off ("nee, toch niet" and "actually no" are).
 */
const BARE_NO =
  /^(nee|neen|nope|no|nein|nie|nah)( (joh|hoor|dank je|dank u|bedankt|thanks|thank you|danke|dziekuje))?$/;

export function isBareNo(answer: string): boolean {
  return BARE_NO.test(normalizeText(answer));
}

/**
 * An e-mail address or phone number given along with something else (the request, the letter's
 * number). A phone number is not read from a message with a CJIB number or postcode in it: its
 * digits are theirs.
 */
export function contactGivenAlong(entities: Entities): { email?: string; phone?: string } | undefined {
  if (entities.email) return { email: entities.email };
  if (entities.phone && !entities.cjibNumber && !entities.postcode) return { phone: entities.phone };
  return undefined;
}

/** "Ik heb geen e-mail en geen telefoon", "neither", "weder E-Mail noch Telefon", "nie mam ani maila, ani telefonu". */
const NEITHER =
  /\b(geen van beide|allebei niet|neither|none of (them|those)|weder|keins von beiden|keines von beiden|ani)\b/i;
const EMAIL_WORD = /e-?mail|\bmail|\bmejl/i;
const PHONE_WORD = /telefo|\bphone|\bmobiel|\bgsm|\bhandy|\bkom[oó]rk/i;

export function saysHasNeitherContact(answer: string): boolean {
  if (!saysHasNoContact(answer) && !NEITHER.test(answer)) return false;
  return NEITHER.test(answer) || (EMAIL_WORD.test(answer) && PHONE_WORD.test(answer));
}

/**
 * "Mag ik dat niet geven?", "liever niet", "do I have to?", "muss ich das angeben?", "czy muszę
 * podawać?": the citizen would rather not give a contact (compared normalised).
 */
const DECLINES =
  /\b(liever niet|geef ik (liever )?niet|wil ik (liever )?niet (geven|delen|zeggen)|wil (dat|die|het) (liever )?niet (geven|delen|zeggen)|mag ik (dat|die|het) (ook )?niet geven|moet ik (dat|die|het) (echt )?(geven|doorgeven|opgeven)|hoef ik (dat|die|het) niet|zonder (e-?mail|mail|telefoon|nummer)|rather not|prefer not|do i (have|need) to|must i|don ?t want to (give|share|say)|do not want to (give|share|say)|lieber nicht|mochte ich nicht (angeben|geben|sagen)|muss ich (das|die) (angeben|geben|nennen)|will ich nicht (angeben|geben)|wolal\w* nie|nie chce (tego )?(podawac|podac)|czy musze (to )?(podawac|podac))\b/;

export function declinesToGiveContact(answer: string): boolean {
  return DECLINES.test(normalizeText(answer));
}
