import { normalizeText } from '../language/normalizeText';
import type { ClaimStage } from './claim';

/*
 * "What does stage open mean?", "wat betekent status open", "was bedeutet Status offen?", "co znaczy
 * status otwarty?": a question about a stage word of the lookup (DOMAIN.md §2.3), answered from the
 * citizen's own fines. The stage named, or 'shown' for "what does that status mean?" without one.
 */

/** Asking what something means, in nl, en, de and pl. */
const MEANS =
  /\b(wat (betekent|houdt|is)|wat wil .* zeggen|what (does|do|is)|whats|what s|meaning of|what means|was (bedeutet|heisst|ist)|bedeutung|co (znaczy|oznacza|to jest|to)|jakie znaczenie)\b/;

/** The word for the stage line itself: "status", "stage", "Stand", "etap". */
const STAGE_WORD = /\b(status|stage|stadium|fase|stand|zustand|etap|stan)\b/;

/** The stage names as the lookup shows them (and as citizens retype them), folded. */
const NAMES: readonly [ClaimStage, RegExp][] = [
  ['first_reminder', /\b(eerste aanmaning|first reminder|erste mahnung|pierwsze upomnienie)\b/],
  ['second_reminder', /\b(tweede aanmaning|second reminder|zweite mahnung|drugie upomnienie)\b/],
  ['bank_debit', /\b(afschrijving|bank debit|debit from|abbuchung|pobranie z konta)\b/],
  ['bailiff', /\b(deurwaarder|bailiff|gerichtsvollzieher|komornik\w*)\b/],
  ['appeal_pending', /\b(beroep loopt|appeal (in progress|pending)|einspruch lauft|trwa odwolanie)\b/],
  [
    'in_arrangement',
    /\b(in (een |a )?(betalingsregeling|payment arrangement|arrangement)|in einer ratenzahlung|w planie splaty)\b/,
  ],
  ['paid', /\b(betaald|paid|bezahlt|zaplacony)\b/],
  ['open', /\b(open|offen|otwarty)\b/],
];

export function asksStageMeaning(question: string): ClaimStage | 'shown' | undefined {
  const text = normalizeText(question);
  if (!MEANS.test(text)) return undefined;
  const named = NAMES.find(([, words]) => words.test(text))?.[0];
  // "Wat betekent eerste aanmaning?" names the stage; "what does open mean" too, but only with the
  // stage word or the stage alone ("wat betekent open?"), not "what is open on Sunday".
  if (named && named !== 'open') return named;
  if (named === 'open' && (STAGE_WORD.test(text) || text.split(' ').length <= 4)) return 'open';
  return STAGE_WORD.test(text) ? 'shown' : undefined;
}

/**
 * "Wat betekent dat?", "what does that mean?", "was bedeutet das?", "co to znaczy?": what was just
 * shown, asked without naming it (the caller knows it was the overview).
 */
const WHAT_THAT_MEANS =
  /^(en |and |und |a )?(wat (betekent|houdt) (dat|dit)( in)?|wat wil (dat|dit) zeggen|what (does|do) (that|this|it) mean|whats that mean|what is (that|this) supposed to mean|was (bedeutet|heisst) (das|dies)( denn)?|co (to )?(znaczy|oznacza)|co to ma znaczyc|i co to znaczy)( precies| exactly| genau| dokladnie)?$/;

export function asksWhatThatMeans(question: string): boolean {
  return WHAT_THAT_MEANS.test(normalizeText(question));
}
