/**
 * "Is dit wel echt het CJIB?", "is this really the CJIB?", "ist das wirklich das CJIB?", "czy to
 * naprawdę CJIB?": doubt whether the citizen is talking to the CJIB at all (fake messages in its
 * name circulate, DOMAIN.md §5), not where the CJIB number is. Matched on normalizeQuestion's text;
 * a letter, a message or a caller doubted has an answer of its own (contactLetterAsks.ts, scamCall.ts).
 */

/** "Dit", "this chat", "Sie", "ten czat": the conversation itself, or the one answering. */
const THIS =
  '(dit|dat|u|jij|je|jullie|deze chat|deze site|deze website|deze assistent|this|you|this chat|this site|this website|this bot|this assistant|das|dies|sie|du|ihr|dieser chat|diese seite|to|pan|pani|ten czat|ta strona|ten bot)';
const REALLY =
  '(echt|wel echt|werkelijk|officieel|really|actually|genuinely|officially|truly|legit|wirklich|echt|tatsachlich|offiziell|naprawde|faktycznie|rzeczywiscie|oficjalnie|prawdziwy|prawdziwe)';

const OFFICIAL = '(officiele|officieel|echte|official|real|genuine|offizielle|offizieller|echte|oficjalna|oficjalny|prawdziwa|prawdziwy)';

const GENUINE = new RegExp(
  [
    // "Is dit wel echt het CJIB?", "are you really the CJIB?", "ist das wirklich das CJIB?", "czy to naprawdę CJIB?"
    `\\b(is|ben|bent|zijn|are|is|ist|sind|seid|czy)\\b( \\w+){0,1} ${THIS}( \\w+){0,2} ${REALLY}( \\w+){0,2} (cjib|het cjib|the cjib|das cjib|z cjib)\\b(?! (nummer|number|numer|brief|letter|schreiben|pismo|list))`,
    // "Praat ik echt met het CJIB?", "am I really talking to the CJIB?", "spreche ich wirklich mit dem CJIB?", "czy naprawdę rozmawiam z CJIB?"
    `\\b(praat|spreek|chat|talking|speaking|chatting|spreche|rede|schreibe|rozmawiam|pisze)\\b( \\w+){0,3} (met|with|to|mit|z)( \\w+){0,1} cjib\\b(?! (nummer|number|numer))`,
    // "How do I know you are really from the CJIB?", "weet ik dat u echt van het CJIB bent?"
    `\\b${THIS} (is|are|bent|ben|zijn|sind|ist|seid|jestes|jest)( \\w+){0,1} ${REALLY}( \\w+){0,2} (cjib|het cjib|the cjib|das cjib|z cjib)\\b(?! (nummer|number|numer|brief|letter))`,
    // "Is this chat real?", "is deze chat wel echt?", "ist dieser Chat echt?", "czy ten czat jest prawdziwy?"
    `\\b(chat|site|website|bot|assistent|assistant|webseite|seite|czat|strona)\\b( \\w+){0,3} ${REALLY}\\b`,
    // "Is dit een officiële chat van het CJIB?", "czy to oficjalna strona CJIB?", "ist das die echte Seite des CJIB?"
    `\\b${OFFICIAL} (chat|site|website|bot|assistent|assistant|webseite|seite|czat|strona)\\b( \\w+){0,3} cjib\\b`,
    // "Is this a real CJIB chat?", "is dit een echte cjib chat?", "ist das ein echter CJIB Chat?"
    `\\b(${OFFICIAL}|echter|offizieller) cjib ?(chat|site|website|bot|assistent|assistant|webseite|seite|czat|strona)\\b`,
  ].join('|'),
);
const DOUBT_WORDS =
  /\b(echt\w*|really|actually|genuine|legit|real|official|officiele|officieel|wirklich|offiziell\w*|naprawde|prawdziw\w*|oficjaln\w*)\b/;

/** A message that came elsewhere ("ik kreeg een sms met een link"): the warning about fake messages, not this chat. */
const OTHER_MESSAGE =
  /\b(bericht\w*|sms\w*|e ?mail\w*|mail|whatsapp\w*|appje|link|text message|texts?|nachricht\w*|wiadomosc\w*|esemes\w*|mejl\w*)\b/;

export function asksIfAssistantGenuine(normalized: string): boolean {
  return GENUINE.test(normalized) && DOUBT_WORDS.test(normalized) && !OTHER_MESSAGE.test(normalized);
}
