import type { AskedFirst } from './askedFirst';

/**
 * The letter itself asked about: a Dutch word on it ("beschikking", "Mulder"), what to do with it
 * ("I got a letter from CJIB, what now?"), or why it came ("why did the CJIB write to me?"). A short
 * message only: a longer story names its own issue.
 */

/** Dutch words on the letter that foreign citizens ask about. */
const BESCHIKKING = /\b(inleidende )?beschikking\b/;
const MULDER = /\b(mulder|wahv|wet mulder)\b/;
/** What a word or the letter means, or what to do with it. */
const MEANS =
  /\b(what does|what is|whats|meaning|mean|means|betekent|betekenis|wat is|bedeutet|bedeutung|was ist|was heisst|heisst|co znaczy|co oznacza|co to|czym jest|znaczenie)\b/;
const WHAT_NOW =
  /\b(what (do|should|must|shall|can) i do|what now|what next|what happens now|wat (moet|kan|zal) ik (nu |hiermee |ermee |daarmee )?(doen|met)|wat nu|wat moet ik|wat betekent dit|was (soll|muss|kann) ich (jetzt |nun |damit )?(tun|machen)|was nun|was jetzt|co (mam|musze|powinienem|powinnam|moge) (teraz |z tym )?(zrobic|robic)|co teraz|co dalej|co robic|co z tym)\b/;
const NOT_UNDERSTOOD =
  /\b(dont understand|do not understand|didnt understand|did not understand|cant understand|cannot read|niet begrepen|nicht verstanden|nie zrozumial\w*|begrijp (\w+ ){0,3}niet|snap (\w+ ){0,3}niet|verstehe (\w+ ){0,3}nicht|nie rozumiem)\b/;
const GOT_LETTER =
  /\b(got|received|have|gekregen|ontvangen|kreeg|heb|bekommen|erhalten|habe|dostal\w*|otrzymal\w*|mam)\b( \w+){0,4} (letter|brief|schreiben|list|pismo|liste)\b|\b(letter|brief|schreiben|list|pismo)\b( \w+){0,3} (gekregen|ontvangen|bekommen|erhalten|dostal\w*|otrzymal\w*)\b/;
/** "Was will das CJIB von mir?", "what do you want from me": what the CJIB's letter is about. */
const WANTS_FROM_ME =
  /\b(wat (wil|willen) (het cjib|jullie|ze|die)( \w+)? van (mij|me)|what (does|do) (the cjib|you|they) want( from me)?|was (will|wollen) (das cjib|ihr|sie|die)( \w+)? von mir|czego (chce|chca|chcecie) (ode mnie|cjib|ode mnie cjib))\b/;
/** A letter about something the knowledge base has its own answer for. */
const OTHER_LETTER =
  /aanmaning|herinnering|reminder|mahnung|upomnien|deurwaarder|bailiff|gerichtsvollzieher|komornik|gijzeling|dwangbevel|strafbeschikking|niet voor mij|not for me|nicht fur mich|nie do mnie|vorige bewoner|previous|fake|scam|nep|oszust|betrug/;

/** Why a letter came, or why the CJIB wrote or sent one. */
const WHY_LETTER =
  /\b(why|waarom|warum|wieso|weshalb|dlaczego|czemu)\b( \w+){0,7} (letter|letters|brief|brieven|schreiben|list|listy|pismo|pisma|write|wrote|written|writing|schrijft|schrijven|schreef|schreven|geschreven|schreibt|geschrieben|schrieb|napisal\w*|pisze|pisza|pisal\w*)\b/;
/** A why about the letter's amount, a second letter or a fine disputed: the recogniser's topic, not this one. */
const ASKS_ITS_OWN =
  /\b(bedrag|amount|betrag|kwot\w*|hoog|hoger|high|higher|hoch|hoher|wysok\w*|duur|expensive|teuer|drog\w*|zoveel|so much|so viel|tyle|weer|again|wieder|znowu|ponownie|nog een|another|noch ein\w*|kolejn\w*|tweede|second|zweite\w*|drugi\w*|betaald|paid|bezahlt|zaplacil\w*|zaplacilam|cak|ik was het niet|not me|nicht ich|nie ja|reed niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|wasnt driving|nicht gefahren|nie jechal\w*)\b/;

const SHORT_LETTER_QUESTION = 14;
/** A letter code asked about ("a big M on it"): the letter-code answer. */
const LETTER_CODE =
  /\b(big|grote|groot|grosse\w*|duz\w*|letter|buchstabe\w*|litera)( code)? [a-z]\b|\bcode\b/;

/** The letter or a word on it, asked about: "what does 'beschikking' mean?", "I got a letter from CJIB, what now?". */
export function letterAsk(normalized: string): AskedFirst | undefined {
  const term = MULDER.test(normalized)
    ? 'termMulder'
    : BESCHIKKING.test(normalized)
      ? 'termBeschikking'
      : undefined;
  const asks = MEANS.test(normalized) || WHAT_NOW.test(normalized) || NOT_UNDERSTOOD.test(normalized);
  if (term && !/strafbeschikking/.test(normalized) && (asks || GOT_LETTER.test(normalized)))
    return { topicId: 'letter_explained', lead: term };
  // A short message only: a story names its own issue ("ich war nicht der Fahrer … was nun?").
  const short = normalized.trim().split(' ').length <= SHORT_LETTER_QUESTION;
  const other = OTHER_LETTER.test(normalized) || LETTER_CODE.test(normalized);
  if (short && GOT_LETTER.test(normalized) && asks && !other) return { topicId: 'letter_explained' };
  if (short && WANTS_FROM_ME.test(normalized) && !other) return { topicId: 'letter_explained' };
  // "Why did the CJIB write to me?", "waarom krijg ik een brief van het CJIB": what such a letter is.
  if (short && WHY_LETTER.test(normalized) && !other && !ASKS_ITS_OWN.test(normalized))
    return { topicId: 'letter_explained' };
  return undefined;
}
