import { saysLivingAbroad } from './residesAbroad';
import { asksWhenOpen } from '../handoff/openingQuestion';
import type { PracticeAsk } from './paymentPracticeAsks';
import { asksForWebsite } from './websiteAsk';
import { asksIfAssistantGenuine } from './assistantGenuine';

/**
 * Practical questions about reaching the CJIB, about a letter and about the bailiff, whose answer is
 * one fact (or "I don't know") rather than a topic's whole text: WhatsApp or e-mail (no), the hours,
 * calling for someone else, whether a paper letter is real, a letter in another language, the letter
 * code in the CJIB number, when the bailiff comes and what he may take (DOMAIN.md is silent: the
 * bailiff on the letter says). Texts are `faq:direct.<id>`; matched on normalizeQuestion's text.
 */
export type ContactLetterAskId =
  | 'contactWhatsapp'
  | 'contactEmail'
  | 'openingHours'
  | 'onBehalf'
  | 'letterGenuine'
  | 'letterLanguage'
  | 'letterDutch'
  | 'letterCodes'
  | 'bailiffWhen'
  | 'bailiffSeize'
  | 'website'
  | 'assistantGenuine';

/** A fake message, not a way to reach the CJIB: the scam answer (isScamQuestion) says it. */
const WHATSAPP = /\b(whatsapp\w*|whats app|appen|appje)\b/;
const REACH =
  /\b(nummer|number|nummer\w*|numer\w*|contact\w*|kontakt\w*|bereik\w*|reach|erreich\w*|sturen|send|schick\w*|schrijven|write|schreib\w*|napisac|chat\w*|heeft|hebben|have|has|hat|habt|ma|macie|kan ik|can i|kann ich|czy moge|jullie|you|euch|ihr|wam|panstwo)\b/;
const MAIL = /\b(e ?mail\w*|mail|mailen|mailadres|emailadres\w*|mailt|mailing)\b/;
/** The CJIB's e-mail (to write to it), not the citizen's own address given in a flow. */
const MAIL_TO_CJIB =
  /\b(jullie|u|uw|you|your|cjib|euch|ihnen|ihre|eure|wam|do was|panstwa|napisac|was ist|wat is|what is|whats|welk\w*|which|jaki|kan ik|can i|kann ich|czy moge|czy mozna|is er|is there|gibt es|heeft het|has the|hat das)\b/;
const OWN_MAIL = /\b(mijn|my|meine?|moj\w*) (e ?mail|mail|emailadres|mailadres)\b|\bcopy|kopie|kopi\w*/;
/** A mail received is a message to doubt (the scam answer), not a way to write to the CJIB. */
const RECEIVED =
  /\b(gekregen|ontvangen|kreeg|krijg|received|got|get|bekommen|erhalten|bekam|dostal\w*|otrzymal\w*|przyszl\w*)\b/;

/** "Hoe laat zijn jullie open?", "are you open today?", "haben Sie heute offen?", "o której otwieracie?". */
const HOURS =
  /\bhoe laat (zijn|is|gaan|gaat|bent) (jullie|u|het cjib|de chat|het kantoor|er iemand)\b|\bzijn jullie( \w+)? (open|bereikbaar)\b|\bare you (open|available)\b|\bwhat (are your|time are you) (hours|open)\b|\b(sind sie|seid ihr|ist das cjib)( \w+)? (geoffnet|offen|erreichbar)\b|\bhoe laat kan ik (jullie|u|het cjib|iemand) (bellen|bereiken|spreken)\b|\bwhat time can i (call|reach|phone)\b|\bo ktorej (otwieracie|jestescie|pracujecie)\b|\bczy (jestescie|jest) (teraz )?(otwarte|otwarci|czynne|czynni)\b/;

/** For a relative who cannot do it herself: "mag ik namens haar bellen of regelen". */
const ON_BEHALF =
  /\b(namens|in naam van|on behalf of|for my (gran\w*|grandma|grandmother|grandfather|mother|mum|mom|father|dad|parent\w*)|voor (mijn|mn|m n) (oma|opa|moeder|vader|ouders|ma|pa)|im namen|fur (meine|meinen) (oma|opa|mutter|vater|eltern)|w imieniu|za (babcie|dziadka|mame|tate|rodzicow))\b/;
const ARRANGE =
  /\b(bellen|regelen|contact|doen|afhandelen|call|phone|arrange|handle|sort|deal|talk|anrufen|regeln|erledigen|sprechen|zadzwonic|zalatwic|zalatwiac|rozmawiac)\b/;
/** A professional for a client has a line of their own (the contact answer says it). */
const PROFESSIONAL =
  /bewindvoerder|hulpverlener|schuldhulp|maatschappelijk|advocaat|client|klant|mandant|guardian|counsel+or|lawyer|social worker|betreuer|berater|anwalt|kurator|doradc|adwokat|prawnik/;

/** A paper letter doubted; a message by SMS, e-mail or app is the scam answer's. */
const PAPER = /\b(brief|letter|post|envelop\w*|schreiben|pismo|list|liscie|pismie)\b/;
const MESSAGE =
  /\b(sms\w*|whatsapp\w*|e ?mail\w*|mail|app|appje|bericht|message|text|link|nachricht|wiadomosc\w*|esemes\w*)\b/;
/** Genuine or fake, said of the letter ("echt" as a doubt, not "echt geen geld"). */
const REAL_OR_FAKE =
  '(echt(?! (geen|niet|niks|nooit|heel|te|zo|erg|veel|boos|bang|slecht|moeilijk))|nep|vals|valse|betrouwbaar|oplicht\\w*|real|genuine|fake|legit\\w*|scam|fraud\\w*|gefalscht\\w*|betrug\\w*|prawdziw\\w*|falszyw\\w*|oszust\\w*)';
const DOUBT = new RegExp(
  [
    `\\b(brief|letter|post|schreiben|pismo|list)\\b( \\w+){0,7} ${REAL_OR_FAKE}\\b`,
    `\\b${REAL_OR_FAKE} (\\w+ ){0,2}(brief|letter|schreiben|pismo|list)\\b`,
    '\\b(ander|anders|verkeerd|vreemd|buitenlands) (iban|rekeningnummer|rekening)\\b|\\b(different|other|strange|foreign) (iban|account)\\b',
    '\\b(andere|anderes|fremde\\w*|auslandische\\w*) (iban|konto\\w*|kontonummer|bankverbindung)\\b|\\binny (numer konta|rachunek|iban)\\b',
  ].join('|'),
);

/** A letter in another language than expected: "een brief in het Frans", "post in English", "auf Französisch". */
const LANGUAGE =
  '(frans|duits|engels|pools|spaans|italiaans|french|german|english|polish|spanish|italian|franzosisch|deutsch|englisch|polnisch|spanisch|italienisch|francusku|niemiecku|angielsku|polsku|hiszpansku|wlosku|niderlandzku|nederlands|dutch|niederlandisch)';
/** Languages the CJIB is not known to write its letters in (DOMAIN.md §5 lists nl, en, de, pl pages among others). */
const OTHER_LANGUAGE =
  '(frans|spaans|italiaans|french|spanish|italian|franzosisch|spanisch|italienisch|francusku|hiszpansku|wlosku)';
const LETTER_WORDS =
  '(brief|brieven|letter|letters|post|mail|schreiben|briefe|pismo|pisma|list|listy|korespondencj\\w*)';
const letterIn = (language: string): RegExp =>
  new RegExp(
    `\\b${LETTER_WORDS}\\b( \\w+){0,6} (in het|in|auf|po) ${language}\\b|\\b(franstalig\\w*|engelstalig\\w*|duitstalig\\w*|franzosischsprachig\\w*|englischsprachig\\w*)\\b( \\w+){0,2} (brief|letter|schreiben|post)\\b`,
  );
const LETTER_LANGUAGE = letterIn(LANGUAGE);
const LETTER_OTHER_LANGUAGE = letterIn(OTHER_LANGUAGE);
/** Asking to get the letters in a language: "kan dat in het Nederlands", "can I get it in English". */
const LETTERS_WANTED_IN = new RegExp(
  `\\b(kan|kun|mag|krijgen|can|could|get|kann|konnte|bekommen|czy|moge|mozna|dostac)\\b( \\w+){0,4} (in het|in|auf|po) ${LANGUAGE}\\b`,
);

/**
 * "I got fine letter, I not understand Dutch. I live in Utrecht": a Dutch letter not understood by
 * someone living here (a Dutch city is no life abroad): the letter is in Dutch because they live here,
 * and the fine can be looked up and explained in their language. Not the answer for people abroad.
 */
const DUTCH_NOT_UNDERSTOOD =
  /\b(not|dont|do not|cant|cannot|can not|niet|nicht|kein|nie)( \w+){0,2} (understand|read|speak|begrijp\w*|versta\w*|lees|lezen|spreek|verstehe|lese|spreche|lesen|rozumiem|czytam|mowie|znam)( \w+){0,2} (dutch|nederlands|niederlandisch|niederlaendisch|hollandisch|hollaendisch|niderlandzk\w*|holendersk\w*)\b|\b(verstehe|spreche|lese|kann|understand|speak|read|rozumiem|mowie|czytam|znam|spreek|versta|begrijp|lees|ken) (kein|nicht|no|nie|po|geen|niet)( \w+)? (dutch|nederlands|niederlandisch|niederlaendisch|hollandisch|hollaendisch|niderlandzk\w*|holendersk\w*)\b|\b(auf|in) (niederlandisch|niederlaendisch|hollandisch|hollaendisch|dutch)\b( \w+){0,4} (nicht|kein|not|dont) (verstehe|understand)|(verstehe|understand) (\w+ ){0,3}(nicht|not) (\w+ ){0,3}(auf|in) (niederlandisch|niederlaendisch|hollandisch|hollaendisch|dutch)\b/;
/** "Mein Niederländisch ist schlecht", "my Dutch is not good": the same, said of the skill. */
const DUTCH_POOR =
  /\b(my|mijn|mein|meine|moj|moja)( \w+)? (dutch|niederlandisch|niederlaendisch|hollandisch|hollaendisch|niderlandzki|holenderski) (is|ist|jest) (\w+ ){0,2}(bad|poor|weak|schlecht|slaby|kiepski|not good|nicht gut|nie najlepszy)\b/;
/** Said on its own ("ich verstehe kein Niederländisch"): the Dutch of a letter or the site, the same answer. */
const ALONE_WORDS = 7;
const LETTER_OR_FINE = /\b(brief|letter|post|schreiben|pismo|list|boete|fine|ticket|bussgeld\w*|mandat\w*)\b/;

/** Dutch not understood by someone who does not say they live abroad (normalizeQuestion's text). */
export function saysDutchNotUnderstood(normalized: string): boolean {
  return (DUTCH_NOT_UNDERSTOOD.test(normalized) || DUTCH_POOR.test(normalized)) && !saysLivingAbroad(normalized);
}

/** Dutch not understood, said of a letter or fine, or on its own ("ich verstehe kein Niederländisch"). */
export function saysLetterInDutch(normalized: string): boolean {
  const alone = normalized.trim().split(' ').length <= ALONE_WORDS;
  return saysDutchNotUnderstood(normalized) && (LETTER_OR_FINE.test(normalized) || alone);
}

/** A letter in a language the CJIB is not known to write in, or letters wanted in another language. */
function asksLetterLanguage(normalized: string): boolean {
  return (
    LETTER_OTHER_LANGUAGE.test(normalized) ||
    (LETTER_LANGUAGE.test(normalized) && LETTERS_WANTED_IN.test(normalized))
  );
}

/** A letter's language asked about ("post in het Engels, kan dat in het Nederlands?"): not the chat's language. */
export function asksAboutLettersLanguage(normalized: string): boolean {
  return asksLetterLanguage(normalized);
}

/** "Wat betekent de M in mijn CJIB-nummer", "what does the S before my number mean". */
const CODE_IN_NUMBER =
  /\b(de|het|een|the|an?|das|der|ein|eine|letter|buchstabe\w*|litera|literka|litere) [mosetwb] (in|bij|voor|achter|op|in front of|before|at|on|vor|hinter|im|bei|przed|przy|na|w) (het |de |the |mijn |my |meiner |meinem |meinen |der |dem |moim |tym |moj\w* )?(cjib ?nummer|cjibnummer|cjib number|zaaknummer|nummer|number|aktenzeichen|numerze|numer\w*)\b|\b(staat|stond|there is|theres|steht|jest) (een|an?|ein|eine|litera) [mosetwb]\b/;
const MEANS =
  /\b(betekent|betekenis|staat voor|mean\w*|stand\w* for|bedeutet|bedeutung|steht fur|oznacza|znaczy|what is|wat is|was ist|co to)\b/;

const BAILIFF = /\b(deurwaarder\w*|bailiff\w*|gerichtsvollzieher\w*|komornik\w*)\b/;
const WHEN =
  /\b(wanneer|hoe laat|welke dag|when|what day|what time|wann|an welchem tag|um wie viel uhr|kiedy|o ktorej|jakiego dnia)\b/;
/** Goods taken, not wages (the garnishment's own answer): "mag de deurwaarder mijn tv meenemen". */
const SEIZE =
  /\b(meenemen|meegenomen|in beslag|beslag (leggen )?op (mijn |m n |mn )?(spullen|tv|auto|meubels|inboedel|huis)|take|taking|seize\w*|mitnehmen|pfand\w*|wegnehmen|zabrac|zabierze|zajac|zajmie|zajecie)\b/;
const GOODS =
  /\b(tv|televisie|spullen|meubel\w*|inboedel|auto|laptop|telefoon|sieraden|huis|things|stuff|belongings|furniture|car|television|possessions|fernseher|sachen|mobel\w*|auto|wohnung|house|home|flat|apartment|rzeczy|meble|telewizor\w*|samochod\w*|mieszkani\w*)\b/;

/** Whether he may (not a car already taken, which has its own answer: how to get it back). */
const MAY = /\b(mag|mogen|magt|kan|kunnen|may|can|could|allowed|darf|durfen|kann|konnen|moze|wolno)\b/;

/** In order: the first that matches gives the topic; every one that matches gives a lead. */
export const CONTACT_LETTER_ASKS: readonly PracticeAsk<ContactLetterAskId>[] = [
  {
    id: 'letterGenuine',
    topicId: 'scam',
    test: (n) => PAPER.test(n) && DOUBT.test(n) && !MESSAGE.test(n),
  },
  { id: 'letterLanguage', topicId: 'letter_explained', test: asksLetterLanguage },
  {
    id: 'letterDutch',
    topicId: 'letter_explained',
    test: saysLetterInDutch,
  },
  { id: 'letterCodes', topicId: 'letter_code', test: (n) => CODE_IN_NUMBER.test(n) && MEANS.test(n) },
  { id: 'bailiffWhen', topicId: 'bailiff_involved', test: (n) => BAILIFF.test(n) && WHEN.test(n) },
  {
    id: 'bailiffSeize',
    topicId: 'bailiff_involved',
    test: (n) => BAILIFF.test(n) && SEIZE.test(n) && GOODS.test(n) && MAY.test(n),
  },
  { id: 'contactWhatsapp', topicId: 'contact', test: (n) => WHATSAPP.test(n) && REACH.test(n) },
  {
    id: 'contactEmail',
    topicId: 'contact',
    test: (n) => MAIL.test(n) && MAIL_TO_CJIB.test(n) && !OWN_MAIL.test(n) && !RECEIVED.test(n),
  },
  {
    id: 'onBehalf',
    topicId: 'contact',
    test: (n) => ON_BEHALF.test(n) && ARRANGE.test(n) && !PROFESSIONAL.test(n),
  },
  { id: 'openingHours', topicId: 'contact', test: (n) => HOURS.test(n) || asksWhenOpen(n) },
  // "Czy to oficjalna strona CJIB?": doubt about this conversation, before the site's address.
  { id: 'assistantGenuine', topicId: 'scam', test: asksIfAssistantGenuine },
  { id: 'website', topicId: 'contact', test: asksForWebsite },
];
