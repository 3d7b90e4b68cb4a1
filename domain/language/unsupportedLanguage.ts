/**
 * Languages the assistant does not speak, as citizens name them ("Türkçe", "Turkish please", "vous
 * parlez français ?"), the words for a person in them ("موظف", "людина", "yetkili", "une personne"),
 * and the CJIB's own pages in some of them (DOMAIN.md §5: cs, da, sv, es, fi, it). Pure: word lists.
 */
import { namingKindsOf } from './languageNaming';
import { foldDiacritics } from './normalizeText';

/** Names of other languages, in that language and in nl/en/de/pl (folded; Cyrillic and Arabic as written). */
const NAMES: [RegExp, string][] = [
  [/(?<!\p{L})(turkce|turkish|turks|turkisch|turecki|turecku|turc)(?!\p{L})/u, 'tr'],
  [/(?<!\p{L})(francais|french|franzosisch|francusk\p{L}*|francese|frances)(?!\p{L})/u, 'fr'],
  [/(?<!\p{L})(espanol|castellano|spanish|spaans|spanisch|hiszpansk\p{L}*|spagnolo)(?!\p{L})/u, 'es'],
  [/(?<!\p{L})(arabic|arabisch|arabsk\p{L}*|arabe|arapca)(?!\p{L})|عربي|العربية/u, 'ar'],
  [/(?<!\p{L})(russian|russisch|rosyjsk\p{L}*|rusca)(?!\p{L})|русск|по-русски/u, 'ru'],
  [/(?<!\p{L})(ukrainian|oekraiens|ukrainisch|ukrainsk\p{L}*)(?!\p{L})|українськ|по-українськи/u, 'uk'],
  [/(?<!\p{L})(italiano|italian|italiaans|italienisch|wlosk\p{L}*)(?!\p{L})/u, 'it'],
  [/(?<!\p{L})(portugues|portuguese|portugees|portugiesisch|portugalsk\p{L}*)(?!\p{L})/u, 'pt'],
  [/(?<!\p{L})(romana|romanian|roemeens|rumanisch|rumunsk\p{L}*)(?!\p{L})/u, 'ro'],
  [/(?<!\p{L})(cestina|cesky|czech|tsjechisch|tschechisch|czesk\p{L}*)(?!\p{L})/u, 'cs'],
  [/(?<!\p{L})(magyar|magyarul|hungarian|hongaars|ungarisch|wegiersk\p{L}*)(?!\p{L})/u, 'hu'],
  [/(?<!\p{L})(lietuviu|lietuviskai|lithuanian|litouws|litauisch|litewsk\p{L}*)(?!\p{L})/u, 'lt'],
];

/** Things that are that language itself: "a Spanish version", "a Turkish website", "French-speaking staff". */
const IN_THAT_LANGUAGE =
  /^[\s-]+(version|versie|fassung|wersj\p{L}*|translation|vertaling|ubersetzung|tlumaczeni\p{L}*|page|pages|pagina|seite|strona|site|website|webseite|speaker|speaking|sprekend\p{L}*|sprechend\p{L}*|information|informatie|informationen|informacj\p{L}*|info)(?!\p{L})/u;

/**
 * The other language a message names ("Türkçe var mı?", "Turkish please"), as an ISO 639-1 code; not
 * a thing's or a person's ("a Spanish account", "my Turkish friend", "I am French"): that asks for no language.
 */
export function unsupportedLanguageNamed(text: string): string | undefined {
  const folded = foldDiacritics(text);
  return NAMES.find(([re]) => {
    const match = re.exec(folded);
    if (!match) return false;
    if (IN_THAT_LANGUAGE.test(folded.slice(match.index + match[0].length))) return true;
    // (Names in another script are not in the folded words: those are always the language.)
    const kinds = namingKindsOf(text, re);
    return kinds.length === 0 || kinds.some((kind) => kind !== 'described');
  })?.[1];
}

/** "A person", "staff", "a human" in languages the assistant does not speak (folded, or as written). */
const PERSON =
  /(?<!\p{L})(موظف|شخص|انسان|إنسان|بشري|людина|людину|людини|оператор\p{L}*|співробітник\p{L}*|працівник\p{L}*|человек\p{L}*|сотрудник\p{L}*|консультант\p{L}*|insan|yetkili|temsilci\p{L}*|operator[uü]|canli destek|une personne|un conseiller|une conseillere|un humain|un agent|una persona|un agente|agente|un operador|operador|un operatore|operatore|una pessoa|um atendente|atendente|o persoana|un operator uman)(?!\p{L})/u;

/** Whether a message in another language asks for a person. */
export function asksForPersonInOtherLanguage(text: string): boolean {
  return PERSON.test(foldDiacritics(text));
}

/** The CJIB's pages in languages it has them in (DOMAIN.md §5). */
const CJIB_PAGES: Record<string, string> = {
  cs: 'https://www.cjib.nl/cs/co-je-cjib',
  da: 'https://www.cjib.nl/da/hvad-er-cjib',
  es: 'https://www.cjib.nl/es/que-es-la-cjib',
  sv: 'https://www.cjib.nl/sv/vara-procedurer-trafikboter',
  fi: 'https://www.cjib.nl/fi/nain-kasittelemme-rikkomusta-koskevat-ilmoitukset',
  it: 'https://www.cjib.nl/it/node/84',
};

/** The CJIB's page in that language, if it has one. */
export function cjibPageIn(language: string | undefined): string | undefined {
  return language ? CJIB_PAGES[language] : undefined;
}
