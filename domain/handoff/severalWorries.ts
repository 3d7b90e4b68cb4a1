import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * A long message with several worries ("ik reed niet zelf, ik zit in de schuldhulp en de brief zegt
 * binnen 2 weken anders de deurwaarder, wat eerst?"): each worry is acknowledged and answered in a
 * line or two, the most urgent first (a date on the letter, then debts and income, then the rest).
 * Facts per line: DOMAIN.md §1.4, §1.5, §1.8, §2.3, §2.5, §4.
 */
export type Worry =
  | 'deadline'
  | 'debtHelp'
  | 'incomeLost'
  | 'increaseWaiver'
  | 'newFineInArrangement'
  | 'notDriver'
  | 'licence'
  | 'car';

/** In the order they are answered: what is urgent first. */
const CUES: readonly [Worry, RegExp][] = [
  [
    'deadline',
    / (binnen \d+ (dagen|weken)|anders komt (de )?deurwaarder|(dan|anders) (komt|stuurt) \w* ?deurwaarder|within \d+ (days|weeks)|otherwise (a |the )?bailiff|innerhalb von \d+ (tagen|wochen)|sonst kommt (der )?gerichtsvollzieher|w ciagu \d+ (dni|tygodni)|inaczej (przyjdzie )?komornik) /,
  ],
  [
    'debtHelp',
    / (schuldhulp\w*|schuldsanering|wsnp|schuldhulpverlening|debt (help|counsel\w*|advice)|schuldnerberatung|insolvenz|poradni\w* dlug\w*|upadlosc\w*) /,
  ],
  [
    'incomeLost',
    / ((uitkering|inkomen|salaris|baan|werk) (is |was )?(gestopt|stopgezet|kwijt|weg|verloren)|ontslagen|werkloos|(lost|lose) my (job|income|benefits)|(benefits|income) (stopped|ended)|arbeitslos|(job|einkommen|arbeit) verloren|stracil\w* prace|bezrobotn\w*) /,
  ],
  [
    'increaseWaiver',
    / (verhoging\w*|increase\w*|erhohung\w*|podwyzk\w*) ((kan|mag) )?(\w+ ){0,3}(eraf|er af|kwijtgescholden|vervallen|weg|waived|removed|taken off|erlassen|gestrichen|anulowan\w*|umorzon\w*) /,
  ],
  [
    'newFineInArrangement',
    / (nieuwe|andere|tweede|new|another|second|neue\w*|weitere\w*|nowy|nowa|kolejn\w*) (boete|fine|bussgeld|strafe|mandat)\w*\b.{0,60}\b(regeling|arrangement|plan|ratenzahlung|raten|raty|ratach) /,
  ],
  [
    'notDriver',
    / (reed niet zelf|niet zelf gereden|iemand anders reed|(mijn|m n) \w+ (had|reed|bestuurde) (de|mijn) (auto|wagen)|was(nt| not) driving|someone else (was )?driv\w*|bin nicht (selbst )?gefahren|jemand anders (ist )?gefahren|nie (ja )?prowadzil\w*|ktos inny prowadzil) /,
  ],
  ['licence', / (rijbewijs|driving licen[cs]e|drivers licen[cs]e|fuhrerschein|prawo jazdy|prawa jazdy) /],
  [
    'car',
    / ((mijn|de) auto (\w+ )?(afpakken|afnemen|innemen|in beslag|buiten gebruik|weghalen|meenemen)|(pakken|nemen|halen) (ze|jullie) (\w+ )?(mijn|de) auto|take my car|(seize|clamp|immobili[sz]e) my (car|vehicle)|mein auto (\w+ )?(weg|stilllegen|beschlagnahm\w*)|zabior\w* (mi )?(auto|samochod)) /,
  ],
];

/** A message this long or longer can hold several worries (a short one is one question). */
const MIN_WORDS = 14;

/** The worries a long message tells, most urgent first; empty unless there are at least two. */
export function worriesIn(text: string): Worry[] {
  const q = normalizeQuestion(text);
  if (q.trim().split(' ').length < MIN_WORDS) return [];
  const found = CUES.filter(([, cue]) => cue.test(q)).map(([worry]) => worry);
  return found.length >= 2 ? found : [];
}
