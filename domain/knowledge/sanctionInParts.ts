import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * Paying in parts asked about for a sanction that the standard term table (DOMAIN.md §1.3, with its
 * statutory basis for traffic fines, §1.1) does not settle: an ontnemingsmaatregel (only under strict
 * conditions, full insight into income and costs, re-assessed every year, §1.4), a compensation order
 * (statutory interest, a residual bill, §1.7), a European fine (§5 says nothing about instalments) or a
 * fine imposed by a court (the judge may allow instalments himself, §1.1). None of them gets months or
 * a monthly amount from the table: their own regime, or honestly "not known" and a person.
 */
export type SanctionOutsideTable = 'confiscation' | 'compensation' | 'european' | 'courtFine';

/** The short answers (`faq:direct.<id>`); the compensation order's is `compensationInParts`. */
export type SanctionInPartsLead = 'confiscationInParts' | 'europeanInParts' | 'courtFineInParts';

const CONFISCATION =
  /ontneming\w*|wederrechtelijk verkregen|pluk ?ze|confiscation\w*|confiscat\w*|(proceeds|profits) of crime|einziehung\w*|vermogensabschopfung|abschopfung\w*|przepadk\w*|przepadek|konfiskat\w*/;
const COMPENSATION =
  /schadevergoeding\w*|compensation order|(pay|paying) (\w+ )?(compensation|damages) to|schadenersatz\w*|schmerzensgeld|odszkodowani\w*|nawiazk\w*/;
/** The victim who receives it ("krijg ik mijn schadevergoeding in termijnen?") asks another question. */
const RECEIVES =
  /\b(aan mij|to me|pay me|an mich|mir (\w+ )?(zahlen|zahlt)|mnie|krijg ik|do i get|bekomme ich|dostane)\b|\bvoorschot|advance payment|vorschuss|zaliczk/;
const EUROPEAN =
  /europese boete|european fine|europaisch\w* (geld)?(strafe|bussgeld)|kar\w* europejsk\w*|mandat\w* europejsk\w*/;
/** A fine of another EU country that the CJIB collects ("boete uit frankrijk", "mandat z niemiec"). */
const FOREIGN_FINE =
  /\b(boete\w*|bekeuring\w*|fines?|tickets?|bussgeld\w*|strafzettel|strafe|mandat\w*|kar\w*)\b( \w+){0,4} (uit|from|aus|z|ze) (frankrijk|france|frankreich|francji|belgie|belgium|belgien|belgii|duitsland|germany|deutschland|niemiec|spanje|spain|spanien|hiszpanii|italie|italy|italien|wloch|oostenrijk|austria|osterreich|austrii|luxemburg|luxembourg|luksemburga|polen|poland|polski|portugal|portugalii|tsjechie|czech republic|tschechien|czech|een ander eu land|another eu country|einem anderen eu land|innego kraju ue)\b|\b(franse|belgische|duitse|spaanse|italiaanse|oostenrijkse|french|belgian|german|spanish|italian|austrian|franzosisch\w*|belgisch\w*|spanisch\w*|italienisch\w*|osterreichisch\w*|francusk\w*|belgijsk\w*|niemieck\w*|hiszpansk\w*|wlosk\w*|austriack\w*) (verkeers)?(boete|bekeuring|fine|speeding fine|speeding ticket|ticket|bussgeld\w*|strafzettel|mandat\w*)/;
const COURT_FINE =
  /\b(boete|geldboete) (van|door) de rechter|\brechter (heeft )?(mij |me )?(een )?(geld)?boete|boetevonnis|\bvonnis\b|court fine|fine from (the|a) court|fined by (the|a) (court|judge)|(court|judge) (fined|gave) me|\bgericht\w*( \w+){0,3} geldstrafe|geldstrafe (vom|des) gericht\w*|\burteil\w*|grzywn\w*( \w+){0,2} (sadu|sad\w*)|wyrok\w*/;
/** The sanction a court fine would be confused with: the punitive order has its own lead. */
const PUNITIVE = /strafbeschikking|strafbefehl|punitive order|penalty order|nakaz\w* karn\w*/;

/** The sanction named whose instalments the standard table does not settle, or undefined. */
export function sanctionOutsideTable(text: string): SanctionOutsideTable | undefined {
  const n = normalizeQuestion(text);
  if (CONFISCATION.test(n)) return 'confiscation';
  if (COMPENSATION.test(n) && !RECEIVES.test(n)) return 'compensation';
  if (EUROPEAN.test(n) || FOREIGN_FINE.test(n)) return 'european';
  if (COURT_FINE.test(n) && !PUNITIVE.test(n)) return 'courtFine';
  return undefined;
}

/** In parts, spread, not at once, how many months: "kan ik dat in termijnen", "in Raten", "na raty". */
const IN_PARTS =
  /regeling|termijn\w*|gespreid|in delen|afbetal\w*|maandbedrag|per maand|instal+ment\w*|payment (plan|arrangement)|\bin (parts|portions)\b|(a|per) month|monthly|raten\w*|teilzahlung|monatlich|\braty\b|\bratach\b|\brat\b|rozloz\w*|miesiecznie|\b(at once|in one go|in een keer|ineens|auf einmal|na raz|jednorazowo)\b/;

/** Whether the message asks about paying in parts (or how many months) at all. */
export function asksInParts(text: string): boolean {
  return IN_PARTS.test(normalizeQuestion(text));
}

/**
 * "Strafbefehl in Raten zahlen?", "kan ik mijn strafbeschikking in delen betalen": the punitive order's
 * own answer, whatever the recogniser leans to (paying accepts the order; the request can be made here).
 */
export function asksPunitiveOrderInParts(text: string): boolean {
  return asksInParts(text) && PUNITIVE.test(normalizeQuestion(text));
}

/** The topic and short answer for paying such a sanction in parts; undefined for the usual routing. */
export function sanctionInPartsAsk(
  text: string,
): { topicId: TopicId; lead: SanctionInPartsLead | 'compensationInParts' } | undefined {
  if (!asksInParts(text)) return undefined;
  switch (sanctionOutsideTable(text)) {
    case 'confiscation':
      return { topicId: 'beyond_knowledge', lead: 'confiscationInParts' };
    case 'compensation':
      return { topicId: 'victim_compensation', lead: 'compensationInParts' };
    case 'european':
      return { topicId: 'european_fine', lead: 'europeanInParts' };
    case 'courtFine':
      return { topicId: 'beyond_knowledge', lead: 'courtFineInParts' };
    default:
      return undefined;
  }
}
