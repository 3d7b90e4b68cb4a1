/**
 * Tells nl, en, de and pl apart from frequent words and letter cues. Used only when the citizen
 * has not chosen a language; short or language-neutral input ("ok", "1234") gives undefined.
 */
import type { Locale } from './locale';
import { normalizeText } from './normalizeText';
import { isSpokenLetter } from './postcodeEntity';

const WORDS: Record<Locale, string> = {
  nl: `ik je jij u uw mijn het een de en niet wel ook maar dat dit deze die wat hoe waar waarom wanneer wie welke kan kun kunt mag
    moet heb hebt heeft ben bent zijn was waren wil wilt graag met voor van naar bij uit over nog al geen iets niets jullie
    hallo hoi doei dag dank bedankt alstublieft alsjeblieft boete betalen betaald brief bezwaar termijnen betalingsregeling
    deurwaarder gekregen krijgen ontvangen zelf auto kenteken helpen vraag nee ja goedemorgen goedemiddag hoeveel waarom
    mij me ons onze er hier daar nu dan toen omdat als of tot zonder tegen kwijt verhoogd aanmaning spreken medewerker da ge
    gij zijt moeten kunnen willen geld schulden rekening nummer welk wanneer heel echt even effe mijne gaan doen zo zou zouden`,
  en: `i you your my me the a an and not but also that this these those what how where why when who which can could may
    must have has had am are is was were will would want like with for from to at by of about still no yes any some nothing
    hello hi bye thanks thank please fine pay paid letter appeal instalments bailiff received get got myself car help question
    much many there here now then because if until without against lost increased reminder speak someone person it its
    do does did dont doesnt cant cannot im ive whats wasnt just our us they them their him her he she we be been should`,
  de: `ich du sie ihr mein meine meinen der die das ein eine einen und nicht aber auch dass diese dieser was wie wo warum wann
    wer welche kann konnen darf muss habe hast hat bin bist sind war waren will mochte mit fur von nach bei aus uber noch
    kein keine etwas nichts hallo tschuss danke bitte strafe bussgeld bezahlen bezahlt zahlen brief einspruch raten
    gerichtsvollzieher bekommen erhalten selbst auto kennzeichen helfen frage nein ja guten morgen tag wieviel mir mich uns
    unser hier dort jetzt dann weil wenn oder bis ohne gegen verloren erhoht mahnung sprechen mitarbeiter ist zu den dem des
    sich sprechen deutsch gibt mehr schon geld schulden konto nummer zahlung wurde worden habe kann ich brauche hilfe`,
  pl: `ja ty pan pani moj moja moje i nie ale tez ze to ten ta te co jak gdzie dlaczego kiedy kto ktory moge mozna musze mam
    masz ma jestem jest sa byl byla chce chcialbym chcialabym z dla od do przy o jeszcze zadnego cos nic dzien dobry czesc
    dziekuje prosze mandat grzywna zaplacic zaplacilem zaplacilam placic list odwolanie raty komornik dostalem dostalam
    otrzymalem sam samochod tablica pomoc pytanie tak ile mi mnie nas nasz tutaj tam teraz potem bo jesli lub albo bez przeciw
    zgubilem zgubilam wyzsza upomnienie rozmawiac konsultant sie na w po juz czy pieniadze dlugi konto numer platnosc polsku
    mowic zaplata kara jak sprawa moim mojego`,
};

const LEXICON: Map<string, Locale[]> = (() => {
  const map = new Map<string, Locale[]>();
  for (const [locale, list] of Object.entries(WORDS) as [Locale, string][]) {
    for (const w of list.split(/\s+/).filter(Boolean)) map.set(w, [...(map.get(w) ?? []), locale]);
  }
  return map;
})();

/** Letters and letter groups that point strongly at one language (checked before folding). */
const CUES: [RegExp, Locale, number][] = [
  [/[ąćęłńśźż]/g, 'pl', 2],
  [/\b\w*(?:rz|sz|cz|dz|ść|ści)\w*\b/g, 'pl', 0.5],
  [/[äöüß]/g, 'de', 1.5],
  [/\b\w*(?:sch|tz|ung)\w*\b/g, 'de', 0.4],
  [/\b\w*ij\w*\b/g, 'nl', 0.8],
  [/\b\w*(?:oe|aa|uu|ui)\w*\b/g, 'nl', 0.4],
  [/\b\w*(?:th|ing|ould|ght)\w*\b/g, 'en', 0.4],
];

/**
 * Whole short messages that can only be one language: a citizen who opens with "Good morning" or
 * "Danke schön" should be answered in that language, though two words are too little for the scores.
 */
const SHORT_MESSAGES: [RegExp, Locale][] = [
  [
    /^(hello|hi there|hello there|good (morning|afternoon|evening|day)|thank you( very much)?|goodbye|yes please)$/,
    'en',
  ],
  [
    /^(guten (morgen|tag|abend)|gruss gott|danke( schon| sehr)?|tschuss|auf wiedersehen|ja bitte|nein danke|hallo,? ich .+)$/,
    'de',
  ],
  [/^(dzien dobry|dobry wieczor|czesc|dziekuje( bardzo)?|do widzenia|tak prosze|nie dziekuje)$/, 'pl'],
  [
    /^(goedemorgen|goedemiddag|goedenavond|dank (je|u)( wel)?|bedankt|dankjewel|doei|tot ziens|ja graag|nee dank (je|u)|hoi)$/,
    'nl',
  ],
];
const SHORT_MESSAGE_CONFIDENCE = 0.9;

export interface DetectedLanguage {
  locale: Locale;
  confidence: number;
}

export function detectLanguage(text: string): DetectedLanguage | undefined {
  const scores: Record<Locale, number> = { nl: 0, en: 0, de: 0, pl: 0 };
  const lower = text.toLowerCase();
  const whole = normalizeText(text)
    .replace(/[!?.]+$/, '')
    .trim();
  const short = SHORT_MESSAGES.find(([re]) => re.test(whole));
  if (short) return { locale: short[1], confidence: SHORT_MESSAGE_CONFIDENCE };
  for (const [re, locale, weight] of CUES) scores[locale] += (lower.match(re)?.length ?? 0) * weight;
  let afterNumber = false;
  for (const w of normalizeText(text).split(' ')) {
    // "8911 a be", "1234 ka el": the letters of a postcode said after its digits are no words of a language.
    if (/\d/.test(w)) afterNumber = true;
    else if (!(afterNumber && (w.length === 1 || isSpokenLetter(w)))) afterNumber = false;
    if (afterNumber) continue;
    const locales = LEXICON.get(w);
    if (!locales) continue;
    for (const locale of locales) scores[locale] += 1 / locales.length;
  }
  const ranked = (Object.entries(scores) as [Locale, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 0.9 || best[1] === second[1]) return undefined;
  // Against the runner-up only: a shared word of a third language ("i" is Polish too, "boete" a loan
  // word) must not make an English sentence with one Dutch word less English.
  const share = best[1] / (best[1] + second[1]);
  const evidence = Math.min(1, 0.4 + best[1] / 5);
  return { locale: best[0], confidence: Math.round(share * evidence * 1000) / 1000 };
}
