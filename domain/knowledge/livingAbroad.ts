import { PAYMENT_PRACTICE_ASKS } from './paymentPracticeAsks';
import { showsHardship } from '../handoff/hardshipSituation';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * "I live in Belgium, how do I appeal?", "nie mam DigiD, jak mogę się odwołać?": where the citizen lives
 * (or that they have no DigiD) is a detail of the question, not the question. The question asked gets its
 * answer, led by what living abroad or having no DigiD changes for it (DOMAIN.md §4: an appeal by post
 * needs no DigiD; §2.2: a bank transfer to the IBAN on the letter).
 */

/** Countries other than the Netherlands, as citizens write them after "I live in" / "at home in". */
export const COUNTRY =
  '(belgi\\w*|germany|duitsland|deutschland|niemczech|niemcy|france|frankrijk|frankreich|francji|poland|polen|polsce|spain|spanje|spanien|hiszpanii|italy|itali\\w*|wloszech|austria|oostenrijk|osterreich|austrii|luxemb\\w*|luksemburgu|ireland|ierland|irland|irlandii|the uk|uk|england|engeland|scotland|schotland|united kingdom|grossbritannien|wielkiej brytanii|anglii|romania|roemenie|rumanien|rumunii|czech\\w*|tsjechie|tschechien|czechach|denmark|denemarken|danemark|danii|sweden|zweden|schweden|szwecji|portugal\\w*|lithuania|litouwen|litauen|litwie|bulgari\\w*|hungary|hongarije|ungarn|wegrzech|slovakia|slowakije|slowakei|slowacji|switzerland|zwitserland|schweiz|szwajcarii|norway|noorwegen|norwegen|norwegii|ukrain\\w*|oekraine|turkey|turkije|turkei|turcji|the usa|usa|the us|the states|america|amerika|canada|kanada|australia|australie|australien)';

export const LIVES_IN_COUNTRY = new RegExp(
  `\\b(live|living|lives|reside|based|woon|wonen|woont|woonachtig|wohne|wohnen|wohnt|wohnhaft|lebe|mieszkam|mieszkamy|mieszka)( \\w+)? (in|w|im) ${COUNTRY}\\b|\\b(at home|back home|home|thuis|zuhause|zu hause|w domu) (in|w) ${COUNTRY}\\b|\\b(woon|wonen|woont|wohne|wohnen|lebe|mieszkam|live|living) (\\w+ )?(in het buitenland|buiten nederland|abroad|outside (the )?netherlands|im ausland|nicht in (den niederlanden|holland)|za granica|poza holandia)`,
);
/** "I'm from Germany", "ik kom uit Polen", "ich komme aus Österreich", "jestem z Polski" (the citizen, not the fine). */
export const FROM_COUNTRY = new RegExp(
  `\\b(i m|im|i am|we are|ik kom|wij komen|we komen|ich komme|ich bin|wir kommen|jestem|jestesmy|pochodze) (\\w+ )?(from|uit|aus|z|ze) ${COUNTRY.replace('polsce', 'polsce|polski|niemiec|belgii|austrii|irlandii|litwy|rumunii|czech')}\\b`,
);
/** A visitor: "I'm a tourist", "ik ben toerist", "ich bin Tourist", "jestem turystą". */
export const VISITOR =
  /\b(tourist|toerist|turyst\w*|urlauber|visitor|on holiday|op vakantie|im urlaub|na wakacjach)\b/;
/** On holiday elsewhere ("ik zat op vakantie in Spanje"): someone who lives here and was away, no visitor. */
const HOLIDAY_ABROAD = new RegExp(
  `\\b(on holiday|on vacation|op vakantie|im urlaub|na wakacjach|na urlopie) (in|w) ${COUNTRY}\\b`,
);

export function wasOnHolidayAbroad(normalized: string): boolean {
  return HOLIDAY_ABROAD.test(normalized);
}

/** A visitor to the Netherlands, not a resident who was on holiday abroad. */
export function isVisitor(normalized: string): boolean {
  return VISITOR.test(normalized) && !HOLIDAY_ABROAD.test(normalized);
}
/** A fine "from the Netherlands": said by someone who lives elsewhere ("Bußgeldbescheid aus den Niederlanden"). */
const FROM_NL =
  /\b(aus (den niederlanden|holland)|from (the netherlands|holland)|z holandii|z niderlandow)\b/;
/** No DigiD: "i don't have digid", "ik heb geen DigiD", "kein DigiD", "nie mam digid", "without digid". */
export const NO_DIGID =
  /\b(no|geen|kein\w*|without|zonder|ohne|bez|nie mam|dont have|do not have|havent got|dont have a)( \w+)? digid\b|\bdigid\b( \w+){0,3} (niet|nicht|not|nie)\b|\b(nie posiadam|habe keine?)( \w+)? digid\b/;
/** DigiD named at all (what it is, whether it is needed). */
const DIGID = /\bdigid\b/;

/** The citizen lives outside the Netherlands, visited it, or says they have no DigiD. */
export function livesAbroadOrNoDigid(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return (
    LIVES_IN_COUNTRY.test(normalized) ||
    FROM_COUNTRY.test(normalized) ||
    isVisitor(normalized) ||
    FROM_NL.test(normalized) ||
    NO_DIGID.test(normalized)
  );
}

const APPEAL =
  /bezwaar|beroep|oneens|niet eens|appeal|object|disagree|contest|dispute|einspruch|widerspruch|nicht einverstanden|anfecht|odwol|sprzeciw|nie zgadzam|zaskarz/;
const RENTAL =
  /\b(rented|rent a|rental|hire car|hired a car|huurauto|gehuurd|huurde|verhuur\w*|mietwagen|mietauto|gemietet\w*|autovermiet\w*|wypozycz\w*|wynaj\w*|lease\w*)\b/;
const NOT_DRIVER =
  /niet (de )?bestuurder|reed (zelf )?niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|niet (zelf )?gereden|wasnt (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|was not (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|not the driver|(didnt|did not) drive|nicht (selbst )?(der )?(fahrer|gefahren)|nie (ja )?prowadzil\w*|nie (bylem|bylam) kierowc\w*/;
const PHOTO = /\b(foto|photo|picture|bild|zdjeci\w*|zdjecie)\b/;
const IN_PARTS =
  /regeling|termijnen|gespreid|in delen|afbetal|instal+ment|payment (plan|arrangement)|\bin (parts|portions)\b|raten|teilzahlung|\braty\b|\bratach\b|rozloz/;
const PAY =
  /\b(betalen|betaal|overmaken|pay|paying|payment|transfer|zahlen|bezahlen|zahle|uberweis\w*|zaplac\w*|placic|place|przelac|przelew|iban|ideal)\b/;
const PHONE = /\b(telefoon\w*|bellen|phone|call|telefon\w*|anrufen|zadzwon\w*|numer telefonu)\b/;

/** A short answer said before the topic's answer: what living abroad or having no DigiD changes. */
export type AbroadLeadId =
  'abroadObjection' | 'abroadRental' | 'abroadPhoto' | 'abroadInstalments' | 'abroadNoDigid';

export interface AbroadAsk {
  topicId: TopicId;
  lead?: AbroadLeadId;
}

/**
 * The question a citizen abroad (or without DigiD) asks, with the lead for their situation; undefined
 * when they ask nothing more specific than living abroad (the foreign topic answers that) or when
 * they do not say they live abroad.
 */
export function abroadAsk(text: string): AbroadAsk | undefined {
  if (!livesAbroadOrNoDigid(text)) return undefined;
  const normalized = normalizeQuestion(text);
  // A rented car in the Netherlands: the rental company passes the fine on to the renter.
  if (RENTAL.test(normalized)) return { topicId: 'not_the_driver', lead: 'abroadRental' };
  if (PHOTO.test(normalized)) return { topicId: 'photo', lead: 'abroadPhoto' };
  // "Ich lebe in Österreich, ich war nicht der Fahrer": owner liability, wherever the owner lives.
  if (NOT_DRIVER.test(normalized)) return { topicId: 'not_the_driver' };
  if (APPEAL.test(normalized)) return { topicId: 'objection', lead: 'abroadObjection' };
  if (IN_PARTS.test(normalized)) return { topicId: 'instalments', lead: 'abroadInstalments' };
  if (PHONE.test(normalized)) return { topicId: 'contact' };
  // "Ik woon in België en kan niet betalen": not able to pay, not how to pay (see abroadCannotPay.ts).
  if (showsHardship(text)) return { topicId: 'noodstop' };
  // "I'm from Ireland, can I pay by card?", "ich wohne in Deutschland, kann ich von meinem deutschen Konto
  // zahlen?": the practical question's own short answer (it names the transfer from abroad too).
  if (PAYMENT_PRACTICE_ASKS.some((ask) => ask.topicId === 'how_to_pay' && ask.test(normalized)))
    return { topicId: 'how_to_pay' };
  if (PAY.test(normalized))
    return DIGID.test(normalized) ? { topicId: 'foreign', lead: 'abroadNoDigid' } : { topicId: 'foreign' };
  // "What is DigiD? I don't have it, I'm a tourist": what DigiD is and the ways without it.
  if (DIGID.test(normalized)) return { topicId: 'digid' };
  return undefined;
}

/** "Wat is DigiD?", "do I need DigiD?", "brauche ich DigiD?", "czy potrzebuję DigiD?": the DigiD topic. */
const ABOUT_DIGID =
  /\b(wat is|what is|whats|was ist|co to|czym jest|nodig|need|needed|brauche|benotige|potrzebuj\w*|heb ik|do i)\b( \w+){0,3} digid\b|\bdigid\b( \w+){0,3} (nodig|needed|notig|potrzebn\w*|hebben|have)\b/;

export function asksAboutDigid(text: string): boolean {
  const normalized = normalizeQuestion(text);
  // "Czy potrzebuję DigiD, żeby zapłacić z Polski?" asks how to pay (the abroad answer says: no DigiD).
  if (PAY.test(normalized) || APPEAL.test(normalized)) return false;
  return (
    ABOUT_DIGID.test(normalized) || (NO_DIGID.test(normalized) && normalized.trim().split(' ').length <= 8)
  );
}

/** The lead for a topic answered to a citizen abroad, when the question is asked so (see abroadAsk). */
export function abroadLead(topicId: TopicId, text: string): AbroadLeadId | undefined {
  const ask = abroadAsk(text);
  return ask?.topicId === topicId ? ask.lead : undefined;
}
