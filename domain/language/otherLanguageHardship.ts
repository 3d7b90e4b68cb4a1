/**
 * A citizen writing in a language the assistant does not speak, who says they have no money, cannot
 * pay, are a refugee or need help ("я біженець і не маю грошей", "ليس لدي مال", "no tengo dinero",
 * "je n'ai pas d'argent"). Such a citizen is offered a person at once (DESIGN.md: a person when the
 * assistant cannot help), instead of being asked to write again in a language they may not read.
 * Also the languages that have a fixed sentence of their own in `locales/<lng>/otherLanguages.json`.
 * Pure: word lists.
 */
import { foldDiacritics } from './normalizeText';

/** Words of hardship, folded (no accents), in the other languages the assistant recognises. */
const LATIN_HARDSHIP = new RegExp(
  [
    // es / pt / it
    'no tengo (el )?dinero',
    'sin dinero',
    'no puedo pagar',
    'nao tenho (o )?dinheiro',
    'sem dinheiro',
    'nao (posso|consigo) pagar',
    'non ho (i )?soldi',
    'senza soldi',
    'non posso pagare',
    'refugiad[oa]',
    'rifugiat[oa]',
    'deudas',
    'dividas',
    'debiti',
    // fr
    "(pas|plus) d ?argent",
    'sans argent',
    'peux pas payer',
    'refugie',
    'dettes',
    // tr
    'param yok',
    'param kalmadi',
    'odeyemiyorum',
    'odeyemem',
    'multeci',
    'borcum',
    'borclar\\w*',
    // ro / cs / hu / lt
    'nu am bani',
    'nu pot plati',
    'refugiat',
    'datorii',
    'nemam (zadne )?penize',
    'nemohu zaplatit',
    'uprchlik',
    'nincs penzem',
    'nem tudok fizetni',
    'menekult',
    'neturiu pinigu',
    'negaliu sumoketi',
    'pabegel\\w*',
  ].join('|'),
);

/** The same in scripts the folded text keeps as written (Cyrillic, Arabic, Greek). */
const SCRIPT_HARDSHIP =
  /не маю грошей|немає грошей|нема грошей|без грошей|не можу (за)?платити|біженець|біженка|біженці|борг\p{L}*|нет денег|не могу (за)?платить|беженец|беженка|долг\p{L}*|ليس لدي (مال|نقود|فلوس)|ما عندي (مال|فلوس)|لا أملك|لا استطيع الدفع|لا أستطيع الدفع|لاجئ|لاجئة|ديون|δεν έχω χρήματα|δεν μπορώ να πληρώσω|πρόσφυγας/u;

/** Whether a message in another language says the citizen cannot pay, has no money or is a refugee. */
export function saysHardshipInOtherLanguage(text: string): boolean {
  const folded = foldDiacritics(text).toLowerCase().replace(/['’`]/g, ' ');
  return LATIN_HARDSHIP.test(folded) || SCRIPT_HARDSHIP.test(text.toLowerCase());
}

/**
 * Languages with one short fixed sentence of their own (`otherLanguages:notice.<code>`): what the
 * assistant speaks, and that a member of staff can help. The same table is in every locale's file,
 * because it is said in the citizen's language, whichever language the conversation has.
 */
export const LANGUAGES_WITH_NOTICE = [
  'ar', 'cs', 'el', 'es', 'fr', 'he', 'hu', 'it', 'lt', 'pt', 'ro', 'ru', 'tr', 'uk', 'zh',
] as const;

/** The key of the citizen's own sentence, when there is one for their language. */
export function ownLanguageNoticeKey(language: string | undefined): string | undefined {
  return language && (LANGUAGES_WITH_NOTICE as readonly string[]).includes(language)
    ? `otherLanguages:notice.${language}`
    : undefined;
}
