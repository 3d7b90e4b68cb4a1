import { normalizeText } from '../language/normalizeText';

/**
 * "Dit is waardeloos", "wat een kutbot", "this is useless", "you don't understand me", "das ist
 * doch Mist", "du verstehst mich nicht", "to jest do niczego", "głupi bot": a citizen fed up with
 * the assistant. Not a question to answer from the knowledge base (a complaint about the CJIB) but
 * a sign the assistant is failing them: an apology and the offer of a person. Only short messages
 * count; a longer one carries a question of its own and is routed as usual. Swearing is matched
 * as typed, starred out ("f***ing") or not. Texts are normalised (no diacritics, no punctuation).
 */
const BOT = '(bot|robot|chatbot|ding|computer|machine|thing|assistant|assistent|roboter|maschine|czat|chat)';
const FED_UP = new RegExp(
  [
    // nl
    'waardeloos|nutteloos|belachelijk|slaat nergens op|wat een onzin|heb (je|ik) (er )?(niks|niets) aan',
    `(kut|klote|rot|stomme?|domme?) ?${BOT}`,
    '(je|jij|u) (snapt|begrijpt|snap|begrijp) (er |het |me |mij )?(niks|niets|niet)',
    // en
    'useless|rubbish|worthless|pointless|ridiculous|waste of (my )?time|this sucks|(this|that) is (crap|shit|a joke)',
    `(stupid|dumb|crap|crappy|shitty|fucking|f ing|bloody) ${BOT}`,
    '(you|u) (dont|do not|dont even|cant|cannot) (understand|get it|help)|(youre|you are) (not|no) help\\w*',
    // de
    'nutzlos|sinnlos|lacherlich|zeitverschwendung|bringt (doch |ja )?(nichts|nix)|(das ist|ist das) (doch |ja )?(scheisse|mist|ein witz)',
    `(scheiss|mist|blode[rs]?|dumme[rs]?|doofe[rs]?) ?${BOT}`,
    '(du verstehst|sie verstehen) (mich |es )?(ja |doch |gar |uberhaupt )?(nicht|nichts)',
    // pl
    'bezuzyteczn\\w*|do niczego|strata czasu|zenada|porazka',
    `(glupi|durny|beznadziejny) ${BOT}`,
    '(nic|w ogole) nie rozumiesz|nie rozumiesz (mnie|nic)',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);
/** "Niet waardeloos", "not useless", "nicht sinnlos": praise, or at least no complaint. */
const NEGATED =
  /\b(niet|not|nicht|nie|geen|kein\w*) (zo |so |so |tak )?(waardeloos|nutteloos|useless|rubbish|pointless|nutzlos|sinnlos|bezuzyteczn\w*)/;
const MAX_WORDS = 7;

/** Swearing and nothing else ("godverdomme", "wtf", "verdammt nochmal", "kurwa mać"): fed up too. */
const SWEARING_ALONE =
  /^((godverdomme|godverdorie|verdomme|kut|klote|shit|fuck\w*|f ck|wtf|ffs|omg|damn\w*|bloody hell|verdammt|scheiss\w*|mist|kurwa|kurde|cholera|jasna cholera|szlag)( (nochmal|noch mal|mac|zeg|man|jongens|hell|it|this|gosh))?)$/;
const MAX_SWEARING_WORDS = 3;

export function expressesFrustration(text: string): boolean {
  const normal = normalizeText(text.replace(/\*/g, ' '));
  const count = normal ? normal.split(' ').length : 0;
  if (count === 0 || count > MAX_WORDS) return false;
  if (count <= MAX_SWEARING_WORDS && SWEARING_ALONE.test(normal)) return true;
  return FED_UP.test(normal) && !NEGATED.test(normal);
}
