import { normalizeText } from './normalizeText';

/**
 * Short social messages the recogniser has no intent for, read from their words in nl, en, de and pl:
 * the citizen leaving with thanks ("thanks, that's all", "dzięki, pa"), saying the answer missed the
 * point ("nee, dat bedoel ik niet"), or a bit of chit-chat ("lol", "hoe gaat het?", "je bent top").
 */

/** Longer messages carry a question of their own and are routed as usual. */
const MAX_WORDS = 8;

/** The words a leaving citizen ends with. */
const CLOSING =
  /(^| )(bye|bye bye|goodbye|good bye|cheers|thats (it|all)|that is (it|all)|thats all for (now|today)|nothing else|doei|dag|tot ziens|later|dat was het|dat was alles|meer niet|tschuss|tschus|auf wiedersehen|wiedersehen|das wars|das war es|das ist alles|mehr nicht|pa|papa|do widzenia|to wszystko|to juz wszystko|nic wiecej|na razie|narazie|do zobaczenia)$/;
/** Thanks or an okay in front of the closing words. */
const THANKS_OR_OK =
  /(^| )(thanks|thank you|thx|ta|cheers|ok|okay|oke|oké|bedankt|dank je( wel)?|dank u( wel)?|dankjewel|dankuwel|merci|top|danke( schon| sehr)?|vielen dank|dzieki|dziekuje|dziekuje bardzo|super|great|fijn|prima|gut|dobrze|nee|no|nein|nie)( |$)/;

/**
 * "Ik bel later wel terug", "I'll call back later", "ich rufe später nochmal an", "zadzwonię później":
 * leaving for now, to come back (with the letter, at another time).
 */
const COMES_BACK_LATER = [
  /\bik (bel|kom)( er)? (later|straks|morgen|nog|een andere keer)( \w+){0,2} (terug|op terug)\b/,
  /\bik (bel|probeer het) (later|straks|morgen)( \w+){0,2} (opnieuw|nog|wel)\b/,
  /\b(ill|i will|i shall) (call|ring|phone|come|check|try)( you| it| this)?( back)? (later|again later|tomorrow|another time)\b/,
  /\b(ill|i will) (call|ring|phone) back\b/,
  /\bich (rufe|melde mich|komme|versuche es)( \w+){0,2} (spater|morgen)\b/,
  /\b(zadzwonie|odezwe sie|wroce|sprobuje)( \w+){0,2} (pozniej|jutro)\b/,
];

/** "Thanks, that's all", "ok thanks bye", "dank je wel, dag", "dzięki, pa", "ik bel later wel terug": the citizen is done. */
export function endsConversation(text: string): boolean {
  if (text.includes('?')) return false;
  const normal = normalizeText(text);
  const count = normal.split(' ').length;
  // (Thanks and an okay in front of it may make it a little longer.)
  if (normal && count <= MAX_WORDS + 2 && COMES_BACK_LATER.some((cue) => cue.test(normal))) return true;
  if (!normal || count > MAX_WORDS || !CLOSING.test(normal)) return false;
  // "Doei", "dag" alone are the recogniser's ("dag" is a hello too); with thanks or an okay in front they end it.
  return count > 1 && THANKS_OR_OK.test(normal.replace(CLOSING, ''));
}

const THANKS =
  /(^| )(thanks|thank you|thx|bedankt|dank je( wel)?|dank u( wel)?|dankjewel|dankuwel|danke( schon| sehr)?|vielen dank|dzieki|dziekuje)( |$)/;

/** "Ok danke", "top, dankjewel", "dzięki": thanks in a short message (an okay with it is no yes to a choice). */
export function saysThanks(text: string): boolean {
  const normal = normalizeText(text);
  // "Top, bedankt voor de hulp": what the thanks is for does not make it longer than thanks.
  const said = normal.replace(THANKED_FOR, '').trim();
  return said.split(' ').length <= 4 && THANKS.test(said);
}

/** What thanks are for: "voor de hulp", "for your help", "für die Hilfe", "za pomoc". */
const THANKED_FOR =
  / (voor|for|fur|za) (de |je |uw |the |your |all the |die |ihre |deine )?(hulp|help|info|informatie|information|uitleg|antwoord|hilfe|auskunft|pomoc|informacje)( |$)/;

/** "Bedankt voor niks", "thanks for nothing", "danke für nichts", "dzięki za nic": sarcasm, a complaint. */
const SARCASTIC_THANKS =
  /\b(bedankt|dank (je|u)|merci|thanks?|thank you|danke|dzieki|dziekuje)( (hoor|wel|echt|heel erg|super|so much|vielmals))? (voor|for|fur|za) (helemaal |absolutely |gar |zupelnie )?(niks|niets|nothing|nichts|nic)\b/;

export function isSarcasticThanks(text: string): boolean {
  return SARCASTIC_THANKS.test(normalizeText(text));
}

const ACKNOWLEDGES =
  /^(oh |ah |o )?(ok|oke|okay|okido|okej|prima|top|mooi|goed|fine|great|alright|all right|alles klar|gut|super|dobrze|swietnie)( dan| then| dann| to)?( dank\w*| thanks| thank you| danke| dzieki| dziekuje| bedankt)?$/;

/**
 * "Oh ok", "prima", "top, bedankt", "alright thanks", "alles klar", "dobrze": what was said is taken
 * in. No yes to a question, and no choice from a menu.
 */
export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGES.test(normalizeText(text));
}

const NO_THANKS =
  /^(nee|neen|no|nope|nein|nie)( \w+)?( dank\w*| thanks| thank you| danke| dzieki| dziekuje| bedankt)\b/;

/** "Nee dank u", "no thanks", "nein danke", "nie, dziękuję" (to "anything else?"): nothing more wanted. */
export function saysNoThanks(text: string): boolean {
  return NO_THANKS.test(normalizeText(text));
}

const NOT_MEANT = [
  /\b(dat|dit|zo) bedoel(de)? ik (niet|helemaal niet)\b/,
  /\b(dat|het) is niet wat ik (bedoel|bedoelde|vroeg|zoek)\b/,
  /\bniet wat ik (bedoel|bedoelde|vroeg|zoek)\b/,
  /\bnot what i (meant|mean|asked|am looking for|was asking|was looking for)\b/,
  /\bthat(s| is)? not (it|what i meant)\b/,
  /\bi (didnt|did not) (mean|ask) that\b/,
  /\b(das|so) mein(e|te) ich (nicht|gar nicht)\b/,
  /\bnicht (das|was ich meine|was ich meinte|was ich gefragt habe)\b/,
  /\bdas (war|ist) nicht (meine frage|was ich)\b/,
  /\bnie o to (mi )?(chodzi|chodzilo|pytam|pytalem|pytalam)\b/,
  /\bnie (to|tego) (mialem|mialam) na mysli\b/,
];

/** "Nee, dat bedoel ik niet", "not what I meant", "das meine ich nicht", "nie o to mi chodzi". */
export function saysNotMeant(text: string): boolean {
  const normal = normalizeText(text);
  return normal.split(' ').length <= MAX_WORDS + 2 && NOT_MEANT.some((p) => p.test(normal));
}

export type ChitChat = 'laugh' | 'howAreYou' | 'compliment';

const CHIT_CHAT: [ChitChat, RegExp][] = [
  [
    'laugh',
    /^(lol|lmao|rofl|haha+|hah+a+|hehe+|hihi+|xd+|ha ha( ha)*|he he( he)*|hi hi( hi)*)( (lol|haha+|xd))*$/,
  ],
  [
    'howAreYou',
    /^(hi |hallo |hello |hey |hoi |dzien dobry |czesc |guten tag )?(how are you( doing| today)?|hows it going|how is it going|hoe gaat het( met (je|jou|u))?|hoe is het( met (je|jou|u))?|alles goed|wie gehts( dir| ihnen)?|wie geht es (dir|ihnen)|jak sie (masz|pan ma|pani ma)|co slychac|jak leci)$/,
  ],
  [
    'compliment',
    /^(wow |haha |lol )?(you are|youre|u are|ur|je bent|jij bent|u bent|du bist|sie sind|jestes|jestes naprawde) (great|awesome|amazing|the best|top|super|geweldig|goed|lief|toll|klasse|spitze|super|swietny|swietna|super|najlepszy|najlepsza)( (bot|assistent|assistant))?$/,
  ],
];

/** What kind of chit-chat a short message is, or undefined. */
export function chitChatOf(text: string): ChitChat | undefined {
  // Only laughing emoji ("😂😂", "🤣"): a laugh.
  if (/^\s*(?:(?:😂|🤣|😆|😄|😁)\s*)+$/u.test(text)) return 'laugh';
  const normal = normalizeText(text);
  if (!normal || normal.split(' ').length > MAX_WORDS) return undefined;
  return CHIT_CHAT.find(([, p]) => p.test(normal))?.[0];
}
