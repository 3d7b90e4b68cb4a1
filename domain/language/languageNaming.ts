/**
 * How a message names one of the four languages. Only a request ("in English please", "können wir
 * Deutsch sprechen?", "po polsku proszę") or the name alone (a choice) asks to switch; a language
 * described ("the letter is in Dutch", "dostałem list po niderlandzku", "translate it to English")
 * or named as not mastered ("my Dutch is bad", "Englisch verstehe ich nicht") asks for nothing, the
 * last one at most for another language. Pure: word cues on the clause that names the language.
 */
import type { Locale } from './locale';
import { normalizeText } from './normalizeText';

export type NamingKind = 'request' | 'negated' | 'described' | 'mentioned';

export interface LanguageNaming {
  locale: Locale;
  kind: NamingKind;
}

/** Names of each language as citizens write them (folded: no accents, lower case), also in other languages. */
const NAMES: Record<Locale, RegExp> = {
  nl: /\b(nederlandstalig|hollandisch|hollaendisch|nederlands|dutch|niederlandisch|niederlaendisch|holendersk[a-z]*|niderlandzk[a-z]*|vlaams|hollands|neerlandais|holandes|hollandaca|felemenkce|olandese|olandeza)\b/,
  en: /\b(engelstalig|englischsprachig|engels|english|englisch|angielsk[a-z]*|inglese|anglais|ingles|ingilizce|engleza)\b/,
  de: /\b(duitstalig|duits|german|deutsch|niemieck[a-z]*|allemand|aleman|almanca|tedesco|alemao|germana)\b/,
  pl: /\b(poolstalig|pools|polish|polnisch|polsk[a-z]*|polski|polonais|polaco|lehce|polacco|polones|poloneza)\b/,
};

const ANY_NAME = new RegExp(
  Object.values(NAMES)
    .map((re) => re.source)
    .join('|'),
);

/**
 * Before the name, in its clause: a negation or a weak skill ("I don't speak", "niet goed", "słabo mówię
 * po", "spreek ook een beetje Nederlands": a little is no request to continue in it).
 */
const NEGATED_BEFORE =
  /\b(dont|do not|doesnt|cant|cannot|no|not|kein|keine|nicht|geen|niet|nie|pas|non|nao|slabo|kiepsko|weinig|wenig|beetje|bisschen|a little|a bit|troche|troszke|instead of|rather than|statt|anstatt|zamiast|plaats van|hardly|kaum|nauwelijks)\b( [a-z]+){0,3}? $/;
/** After the name: "is bad", "ist schlecht", "verstehe ich nicht", "słabo znam", "bilmiyorum". */
const NEGATED_AFTER =
  /^ ((is|ist|jest|isnt|are|zijn|sind)( (not|niet|nicht|nie))?( (so|zo|very|erg|sehr|bardzo|too|te|zu|za|really|echt|wirklich|heel|nicht so|niet zo|not so|not very|not that))?( good| goed| gut| dobr[a-z]*)?( (bad|poor|weak|slecht|zwak|schlecht|slaby|slabo|kiepski|kiepsko|beperkt|limited|terrible|nie za dobry))?\b|(verstehe|spreche|kann|lese|spreek|versta|begrijp|lees|rozumiem|znam|mowie|understand|speak|read)( (ich|ik|i))? (nicht|niet|nie|not|kaum|nauwelijks|slabo|niezbyt|bad|slecht|schlecht)|(slabo|kiepsko|nie) (znam|rozumiem|mowie)|(bilmiyorum|anlamiyorum|konusamiyorum))/;
/** A skill said to be bad, whatever verb: "my Dutch is not good", "mijn nederlands is slecht". */
const POSSESSIVE_BEFORE = /\b(my|mijn|mein|meine|moj|moja|moje|mon)( [a-z]+)?? $/;

/** The language of a thing: "a letter in Dutch", "er ist auf Niederländisch", "list po niderlandzku". */
const DESCRIBED_BEFORE =
  /\b(letter|letters|brief|brieven|briefe|list|listu|listy|pismo|pisma|schreiben|bescheid|document|documents|dokument|dokumente|text|tekst|mail|email|notice|fine|boete|mandat|site|website|webseite|strona|it|its|er|es|het|ze|hij|they|is|ist|jest|are|was|were|zijn|sind|war|geschreven|geschrieben|written|napisany|napisane|napisal[a-z]*|sent|gestuurd|geschickt|wyslan[a-z]*|got|received|kreeg|gekregen|ontvangen|bekommen|erhalten|dostal[a-z]*|otrzymal[a-z]*|all|alles|everything|wszystko|only in|nur auf|alleen in)( [a-z]+)?? $/;
/** After the name, a thing it describes: "German fine", "Dutch bank account", "polski numer". */
const DESCRIBED_AFTER =
  /^ (fine|fines|boete|car|auto|plate|plates|number|kenteken|kennzeichen|bank|account|rekening|konto|address|adres|adresse|licen[cs]e|driving|rijbewijs|fuhrerschein|prawo|court|police|polizei|politie|mandat|numer|tablice|rejestracj[a-z]*|resident|residents|friend|friends|vriend|vriendin|freund|freundin|przyjaciel[a-z]*|kolega|kolezanka|wife|husband|partner|vrouw|man|frau|mann|zona|maz|family|familie|rodzina|colleague|collega|kollege|employer|werkgever|arbeitgeber|pracodawca|company|firm|bedrijf|firma|firmy|nationality|nationaliteit|nationalitat|obywatel[a-z]*|passport|paspoort|reisepass|paszport|iban|bankrekening|bankkonto|phone|telefoon|telefon|mobile|people|person|woman|guy|credit|creditcard|card|cards|kaart|karte|karta|debit|transfer|payment|betaling|zahlung|money|euro|euros|tax|holiday|vacation|vakantie|urlaub|rental|huurauto|mietwagen|hire|vehicle|voertuig|fahrzeug|pojazd|truck|van|lorry|motorbike|camper|caravan|registration|id|identity|dowod|ausweis|home|house|city|town|stad|stadt|miasto|border|grens|grenze|granica|employer|boss|neighbour|neighbor|buurman|buurvrouw|nachbar|sasiad|son|daughter|zoon|dochter|sohn|tochter|syn|corka|mother|father|moeder|vader|mutter|vater|matka|ojciec|brother|sister|broer|zus|bruder|schwester|brat|siostra|parents|ouders|eltern|rodzice|student|tourist|toerist|turysta|driver|bestuurder|fahrer|kierowca|customer|klant|kunde|klient|citizen|speeding|ticket|tickets|traffic|boete|bon|bekeuring|strafzettel|bussgeld|word|words|woord|woorden|wort|worter|slowo|slowa|term|name|naam|burger|staat|state|government|law|letter|brief|text|tekst|version|versie|fassung|wersj[a-z]*)\b/;
/** A thing right before the name: "a letter in Dutch", "ein Schreiben auf Niederländisch", "list po …". */
const THING_BEFORE =
  /\b(letter|letters|brief|brieven|briefe|list|listu|listy|pismo|pisma|(ein|das|dem|den|ihr|ihrem|mein|meinem|dieses|diesem) schreiben|bescheid|document|documents|dokument|dokumente|text|tekst|notice|site|website|webseite|strona|form|formulier|formular|formularz)( (is|ist|jest|was|war|are|zijn|sind|all|alleen|only|nur|tylko|completely|helemaal|ganz|calkiem|written|geschreven|geschrieben|napisany|napisane))*( [a-z]+)?? $/;

/** Translating is about the letter's text, not the conversation's language. */
const TRANSLATE =
  /\b(translat[a-z]*|vertaal[a-z]*|vertalen|ubersetz[a-z]*|uebersetz[a-z]*|przetlumacz[a-z]*|tlumacz[a-z]*)\b/;

/** Words before the name that ask for it: speak, write, continue, switch, can we …, do you speak … */
const REQUEST_BEFORE =
  /\b(mogelijk|possible|moglich|mozliwe|zet|zetten|stel|set|put|stell|umstellen|ustaw|zmien|kann ich|kan ik|mag ik|can i|moge|czy moge|graag|bitte|please|pls|plz|prosze|poprosze|(kan|gaat|mag|kon|zou) (het|dat|t)|(geht|kann|konnte) (das|es)|(can|could) (it|this|that)|is it possible|es moglich|you could|you can|u kunt|sie konnen|(help|helpen|helfen|pomoc|pomozesz|pomoze)( me| mij| mir| mi)?|can we|could we|can you|could you|would you|kunnen we|kunt u|kun je|konnen wir|konnen sie|kannst du|mozemy|czy mozna|czy moge|czy moze|speak|speaks|talk|write|answer|reply|respond|continue|switch|change|go|use|prefer|rather|better|back to|again|spreek|spreekt|spreken|praten|praat|schrijf|schrijven|antwoord|verder|overschakelen|overstappen|liever|beter|weer|terug|sprechen|sprichst|spreche|schreiben|antworten|weiter|wechseln|lieber|besser|wieder|zuruck|mowic|mowi|mowisz|mowicie|pisac|pisz|odpowiadac|rozmawiac|porozmawiac|dalej|wole|lepiej|znowu|prosze|parlez|parler|parle|hablar|habla|hablas|puede|parlare|parla|falar|fala|konusabilir|konusur|konusmak|vorbiti|vorbesti)\b( [a-z]+){0,3}? $/;
/** Words after the name that ask for it: please, graag, bitte, proszę, "mówisz?", "sprechen?". */
const REQUEST_AFTER =
  /^ ?((weiter|verder|schreib|schrijf|schrijv|sprech|spreek|antwort|antwoord|kontynu|odpowi|rozmawia|porozmawia|pisa|mowi|continu|doorga|fortfahr|umstell|overschakel)[a-z]*|kunnen|konnen|antwoorden|answer|reply|respond|antworten|odpowiedziec|odpisac|talk|speak|write|verder|weiter|dalej|continue|further|doorgaan|fortfahren|kontynuowac|please|pls|plz|plss|graag|alsjeblieft|alstublieft|aub|bitte|prosze|poprosze|pliss|svp|por favor|lutfen|sprechen|reden|schreiben|praten|spreken|schrijven|mowic|pisac|rozmawiac|mozna|mowisz|mowi|mowicie|spreekt|spreek|sprichst|possible|mogelijk|moglich|mozliwe|bilir|biliyor|konusabilir|parlez|hablas|habla|would be|ware|zou)\b/;
/** What may stand around a name that is a choice: "English", "in English", "ok English then", "auf Deutsch". */
const FILLER =
  /\b(in|auf|op|po|na|the|language|taal|sprache|jezyk|jezyku|ok|oke|okay|okee|yes|ja|tak|then|dan|dann|to|naar|zu|now|nu|jetzt|teraz|fine|gut|goed|dobrze|well|and|en|und|i|a|het|de|die|das|der|version|versie|sorry|hi|hello|hallo|hoi|czesc|just|simply|gewoon|einfach|by|nach|na)\b/g;

/**
 * A country, not a language: "z Polski", "do Polski", "aus Deutschland" is no language at all. (The
 * English verb "do" is no Polish "do": "can we do english?" asks for English.)
 */
const FROM_BEFORE = / (z|ze|from|aus|uit) $|(?<! (we|you|i|lets|us|they|can|could|please|pls|to)) do $/;

/** A nationality, not a language: "I am English", "ik ben Pools", "jestem polsk…", "we are German". */
const NATIONALITY_BEFORE =
  /\b(i am|im|i m|we are|were|he is|she is|hes|shes|ik ben|wij zijn|we zijn|hij is|zij is|ich bin|wir sind|er ist|sie ist|jestem|jestesmy)( (a|an|een|ein|eine|also|ook|auch|tez|half|originally|van origine))? $/;

/** Up to here a message saying a nationality says nothing else ("I am Polish", "ik ben Pools"). */
const NATIONALITY_ALONE = 4;

/** Up to here a question that names a language asks for it. */
const SHORT_QUESTION_WORDS = 3;

/** Clauses of a message (a language is judged on its own clause: "…nicht, er ist auf Niederländisch"). */
function clauses(text: string): { words: string; asks: boolean }[] {
  return (text.match(/[^.,;:!?]+[.,;:!?]*/gu) ?? [])
    .flatMap((raw) => raw.split(/\s[-–]\s|\b(?:but|maar|aber|ale)\b/iu).map((part) => ({ part, raw })))
    .map(({ part, raw }) => ({ words: normalizeText(part), asks: /\?/.test(raw) }))
    .filter((c) => c.words !== '');
}

function kindOf(clause: string, asks: boolean, match: RegExpExecArray, wholeText: string): NamingKind {
  const before = ` ${clause.slice(0, match.index).trim()} `.replace(
    / (in|auf|op|po|na|into|naar|ins|to)( het| the| t)? $/,
    ' ',
  );
  const after = ` ${clause.slice(match.index + match[0].length).trim()}`.trimEnd();
  const beforeWords = before.replace(/ +/g, ' ');
  // "ik spreek niet goed nederlands, kan in engels": the negation belongs to the language named first.
  const ownBefore = ` ${beforeWords.split(ANY_NAME).pop() ?? ''}`.replace(/ +/g, ' ');
  if (DESCRIBED_AFTER.test(after) || FROM_BEFORE.test(ownBefore)) return 'described';
  // "I am Polish" alone may well ask for Polish; with a question beside it, it is who the citizen is.
  if (NATIONALITY_BEFORE.test(ownBefore) && normalizeText(wholeText).split(' ').length > NATIONALITY_ALONE)
    return 'described';
  if (NEGATED_BEFORE.test(ownBefore) || NEGATED_AFTER.test(after)) return 'negated';
  if (POSSESSIVE_BEFORE.test(ownBefore) && !REQUEST_BEFORE.test(ownBefore)) return 'negated';
  if (TRANSLATE.test(normalizeText(wholeText))) return 'described';
  if (THING_BEFORE.test(ownBefore)) return 'described';
  if (REQUEST_BEFORE.test(beforeWords) || REQUEST_AFTER.test(after)) return 'request';
  if (DESCRIBED_BEFORE.test(beforeWords)) return 'described';
  // "Is het mogelijk in het Engels?": a short question naming a language asks for it.
  if (asks && `${before} ${after}`.replace(FILLER, ' ').trim().split(/\s+/).length <= SHORT_QUESTION_WORDS)
    return 'request';
  const rest = `${before} ${after}`.replace(FILLER, ' ').trim();
  // The name alone, or a question of it ("English?", "Deutsch?"): a choice.
  if (rest === '' || (asks && rest.split(/\s+/).length <= 2)) return 'request';
  return 'mentioned';
}

/** Every supported language the message names, with how it names it. */
export function languageNamings(text: string): LanguageNaming[] {
  // Most messages name no language: a clause can only name one the whole (folded) message names.
  if (!ANY_NAME.test(normalizeText(text))) return [];
  const found: LanguageNaming[] = [];
  for (const { words, asks } of clauses(text)) {
    for (const locale of Object.keys(NAMES) as Locale[]) {
      const match = NAMES[locale].exec(words);
      if (match) found.push({ locale, kind: kindOf(words, asks, match, text) });
    }
  }
  return found;
}

/**
 * How a message names a language given by its name pattern (on folded words), once per clause that
 * names it: for the languages not spoken here ("a Spanish account" describes an account).
 */
export function namingKindsOf(text: string, name: RegExp): NamingKind[] {
  const kinds: NamingKind[] = [];
  for (const { words, asks } of clauses(text)) {
    const match = new RegExp(name.source, name.flags.replace('g', '')).exec(words);
    if (match) kinds.push(kindOf(words, asks, match, text));
  }
  return kinds;
}

/** Whether the message says who the citizen is ("I am Polish", "ik ben Duits"), with a name of the four. */
export function saysNationality(text: string): boolean {
  return clauses(text).some(({ words }) => {
    const match = ANY_NAME.exec(words);
    return match !== null && NATIONALITY_BEFORE.test(` ${words.slice(0, match.index).trim()} `);
  });
}

/** The message without the names of the four languages (folded): what it says besides them. */
export function withoutLanguageNames(text: string): string {
  return normalizeText(text).replace(new RegExp(ANY_NAME.source, 'g'), ' ').replace(/ +/g, ' ').trim();
}

/** The one language the message asks to continue in, if it asks for exactly one. */
export function switchRequestOf(text: string): Locale | undefined {
  const asked = [
    ...new Set(
      languageNamings(text)
        .filter((n) => n.kind === 'request')
        .map((n) => n.locale),
    ),
  ];
  return asked.length === 1 ? asked[0] : undefined;
}

/** A language named as not mastered ("my Dutch is bad"), when no language is asked for. */
export function negatedLanguageOf(text: string): Locale | undefined {
  const namings = languageNamings(text);
  if (namings.some((n) => n.kind === 'request')) return undefined;
  const negated = [...new Set(namings.filter((n) => n.kind === 'negated').map((n) => n.locale))];
  return negated.length === 1 ? negated[0] : undefined;
}

/** "My letter is in Dutch", "translate the letter to English": about the letter's language, not the chat's. */
export function asksAboutLetterLanguage(text: string): boolean {
  const namings = languageNamings(text);
  return (
    namings.length > 0 &&
    namings.every((n) => n.kind === 'described') &&
    /\b(letter|brief|list|listu|pismo|pisma|schreiben|bescheid|document|dokument)\b/.test(normalizeText(text))
  );
}

/**
 * The one language a message names without describing a thing or saying it is not mastered ("zet het
 * gesprek in het Engels"): a request when the recogniser is sure the message asks for a language.
 */
export function mentionedLocaleOf(text: string): Locale | undefined {
  const namings = languageNamings(text);
  if (namings.some((n) => n.kind === 'described' || n.kind === 'negated')) return undefined;
  const named = [...new Set(namings.map((n) => n.locale))];
  return named.length === 1 ? named[0] : undefined;
}
