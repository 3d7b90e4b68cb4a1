/**
 * A phone call from someone who says they are from the CJIB and demands payment or threatens arrest:
 * "ik werd gebeld door iemand van het cjib die zei dat ik moest betalen anders word ik opgepakt". That
 * is the pattern of a scam (DOMAIN.md §5: fake messages in the CJIB's name circulate), so the answer is
 * never "pay" or the detention text: never pay on a caller's demand, check yourself. Patterns work on
 * normalizeQuestion's text. The citizen calling the CJIB ("ik heb het cjib gebeld") is not such a call.
 */

/** Called by someone (not the citizen calling): "ik werd gebeld", "iemand belde", "got a call", "hat mich angerufen". */
const CALLED_BY = new RegExp(
  [
    // nl
    '\\b(werd|word|ben|zijn|waren)\\b( \\w+){0,4} (op)?gebeld\\b|\\b(heeft|hebben|had|hadden) (me|mij|ons)( \\w+){0,4} (op)?gebeld\\b',
    '\\b(iemand|er|een man|een vrouw|meneer|mevrouw|ze|zij|hij|een beller)\\b( \\w+){0,6} (belde|belt|heeft gebeld)\\b',
    '\\bbelde (me|mij|ons|op|net)\\b|\\b(op)?gebeld (door|van|namens)\\b|\\btelefoontje\\b|\\bbeller\\b',
    // en
    '\\b(called|phoned|rang|rung) (me|us)\\b|\\b(got|get|had|received|getting) (a|an|this|some)( \\w+){0,2} (phone )?calls?\\b',
    '\\b(someone|somebody|a man|a woman|a guy|a lady|a caller|they|he|she)\\b( \\w+){0,6} (called|phoned|rang)\\b|\\bcaller\\b',
    // de
    '\\b(hat|haben|hatte) (mich|uns)( \\w+){0,5} angerufen\\b|\\b(rief|ruft) (mich|uns)( \\w+){0,4} an\\b|\\banruf\\b|\\banrufer\\w*\\b',
    '\\b(jemand|ein mann|eine frau|einer)\\b( \\w+){0,6} (angerufen|rief)\\b|\\bwurde( \\w+){0,3} angerufen\\b',
    // pl
    '\\b(ktos|pan|pani|mezczyzna|kobieta|facet)\\b( \\w+){0,6} (za)?dzwonil\\w*|\\b(za)?dzwonil\\w* (do mnie|ktos|pan|pani|mezczyzna|kobieta|facet)\\b',
    '\\b(dostal\\w*|mialem|mialam|odebral\\w*) (\\w+ )?telefon\\b|\\btelefon (od|z) (kogos|cjib|pana|pani)\\b',
  ].join('|'),
);

/** The caller says they are of the CJIB or of justice. */
const CLAIMS_CJIB =
  /\b(cjib|namens|justitie|on behalf|im namen|justiz|w imieniu|sprawiedliwosci)\b/;

/** What the caller wanted: money, bank details, codes, or obedience under a threat of arrest. */
const DEMAND =
  /\b(betalen|betaal|betaald|overmaken|pay|paying|payment|transfer|zahlen|bezahlen|uberweis\w*|zaplac\w*|placic|przelew\w*|iban|rekeningnummer|bankgegevens|pincode|bank details|account number|pin|kontonummer|bankdaten|numer konta|opgepakt|arrest\w*|gearresteerd|gevangenis|politie|police|jail|prison|polizei|verhaft\w*|haft|gefangnis|policj\w*|areszt\w*|wiezieni\w*|gijzel\w*|deurwaarder|bailiff|gerichtsvollzieher|komornik\w*)\b/;
/** Whether it was real: "is dat echt?", "is this legit?". */
const DOUBT =
  /\b(echt|betrouwbaar|oplichting|legit|real|genuine|scam|wirklich|echt|betrug|prawdziw\w*|oszust\w*|naprawde)\b/;

/** Whether the message tells of a caller in the CJIB's name who demanded payment or threatened, or asks if such a call is real. */
export function isCjibCallerScam(normalized: string): boolean {
  if (!CALLED_BY.test(normalized) || !CLAIMS_CJIB.test(normalized)) return false;
  return DEMAND.test(normalized) || DOUBT.test(normalized);
}
