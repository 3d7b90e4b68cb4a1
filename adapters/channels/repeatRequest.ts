/**
 * "Wat zei u?", "can you repeat that", "nochmal bitte", "proszę powtórzyć": on the phone nothing
 * stays on a screen, so a caller who missed a sentence asks to hear it again. That is no question
 * for the dialogs (it would be "not understood" or, worse, taken as an answer): the channel layer
 * says the last prompt again, with its choices, and the dialog keeps waiting where it was.
 * Pure; the turn step remembers the prompt and sends the repetition.
 */
import { isHesitation } from '../../domain/language/hesitation';
import { normalizeText } from '../../domain/language/normalizeText';
import type { ReplyChoice } from '../../domain/ports/replyRenderer';
import { attachOfferedChoices, offeredChoicesOf } from './offeredChoices';
import { escapeXml } from './ssml';

/** Asking for it slowly or to write it down: a caller with pen and paper, after a number. */
const SLOWLY_PHRASES: RegExp[] = [
  /\b(langzaam|langzamer|rustig|rustiger)\b/,
  /\b(op ?schrijven|opschrijf|noteren|noteer|meeschrijven)\b/,
  /\b(slowly|slower|more slowly)\b/,
  /\b(write|note|jot) (it|that|this|them) down\b/,
  /\b(langsam|langsamer)\b/,
  /\b(aufschreiben|notieren|mitschreiben)\b/,
  /\b(wolno|wolniej|powoli|powolniej)\b/,
  /\b(zapisac|zanotowac|zapisze|zanotuje)\b/,
];

/** The number itself named: "het nummer", "the reference", "die Nummer", "numer". */
const NUMBER_NAMED =
  /\b(nummer|referentienummer|referentie|kenmerk|number|reference|numer|numeru|referencyjny)\b/;

/** The asking-again itself, on normalised text (folded, no punctuation). */
const REPEAT_PHRASES: RegExp[] = [
  // nl
  /\bherha(a)?l(en|t)?\b/,
  /\bnog (een )?(keer|keertje)\b/,
  /\bnog eens\b/,
  /\bnogmaals\b/,
  /\bwat (zei|zegt|zeg) (u|je|jij|ze)\b/,
  /\bwat was dat\b/,
  /\bniet (goed )?(verstaan|gehoord)\b/,
  /\b(verstond|hoorde) ((u|je|het|dat) )?niet\b/,
  /\bwablief\b/,
  // en
  /\brepeat\b/,
  /\bsay (that|it) again\b/,
  /\bcome again\b/,
  /\b(once|one) more time\b/,
  /\bagain\b/,
  /\bwhat did you (just )?say\b/,
  /\bwhat was that\b/,
  /\b(i )?(missed|didnt get|did not get) that\b/,
  /\b(didnt|did not|couldnt|could not|cant|cannot|can not) (catch|hear)( that| it| you)?\b/,
  /\bpardon\b/,
  // de
  /\bwiederhol(en|ung|e)?\b/,
  /\bnoch ?(ein)?mal\b/,
  /\bnochmals\b/,
  /\bwie bitte\b/,
  /\bwas haben sie (gerade )?gesagt\b/,
  /\bwas sagten sie\b/,
  /\b(was|wie) war das\b/,
  /\bnicht (verstanden|gehort)\b/,
  // pl
  /\bpowtorz(yc|y|ysz)?\b/,
  /\bjeszcze raz\b/,
  /\bco (pan|pani) powiedzial(a)?\b/,
  /\bco to bylo\b/,
  /\bnie (do)?slyszal(em|am)\b/,
  // "ik moet het opschrijven", "slowly please", "langsamer bitte", "wolniej": to hear it again, slowly.
  ...SLOWLY_PHRASES,
];

/** Words that may surround the asking-again without making it a different request. */
const FILLER = new Set(
  [
    // nl
    'kunt kun kan u je jij dat dit het dat even alstublieft alsjeblieft aub graag sorry ik heb kon',
    'goed niet wilt wil zou mevrouw meneer nou eh ehm uh hm hmm wat zei de vraag laatste zeggen zeg',
    'moet even nummer referentienummer referentie kenmerk dat dan dus want om te en',
    // en
    'can could would you please that it sorry i didnt did not couldnt the question last me just',
    'what say said tell oh uh um hm hmm',
    'have to need must want number reference and so can i again a bit more',
    // de
    'konnen konnten sie das es bitte mal noch ich habe entschuldigung frage letzte die gerade sagen',
    'muss nummer referenz etwas und',
    // pl
    'prosze czy moze mozna pan pani to jeszcze raz przepraszam pytanie ostatnie powiedziec',
    'musze chce numer numeru referencyjny i troche go',
  ]
    .join(' ')
    .split(' '),
);

/** The phrases as global patterns, compiled once: every occurrence is cut out before the rest is checked. */
const REPEAT_PATTERNS = REPEAT_PHRASES.map((phrase) => new RegExp(phrase.source, 'g'));

/** A bare "sorry?", "wat?", "what?", "słucham?" on its own asks to hear it again. */
const BARE_QUESTION =
  /^\s*(?:(?:sorry|pardon|excuse me|entschuldigung|przepraszam|eh|ehm|uh|uhm|um|äh|ähm|yyy)[,.]?\s+)?(sorry|pardon|wat|what|huh|wie|was|hä|he|hè|słucham|slucham|co|proszę|prosze)\s*\?+\s*$/i;

/** Words a request to hear it again may take ("sorry, could you say the number again slowly, I need to write it down"). */
const MAX_WORDS = 16;

/** Whether the whole message asks to hear the last prompt again (not "send the letter again"). */
export function isRepeatRequest(text: string | undefined): boolean {
  if (!text) return false;
  if (BARE_QUESTION.test(text)) return true;
  const normal = normalizeText(text);
  if (!normal || normal.split(' ').length > MAX_WORDS) return false;
  let rest = normal;
  let matched = false;
  for (const phrase of REPEAT_PATTERNS) {
    const without = rest.replace(phrase, ' ');
    if (without !== rest) {
      matched = true;
      rest = without;
    }
  }
  if (!matched) return false;
  // "uhm, can you repeat that", "yyy, proszę powtórzyć": the caller's hesitation is no other request.
  return rest.split(/\s+/).every((word) => !word || FILLER.has(word) || isHesitation(word));
}

/**
 * "Nog een keer langzaam het nummer", "wat zei je? ik moet het opschrijven", "could you say the
 * number again": a repetition for pen and paper, of the number only and slowly.
 */
export function asksForNumberSlowly(text: string | undefined): boolean {
  if (!isRepeatRequest(text)) return false;
  const normal = normalizeText(text ?? '');
  return NUMBER_NAMED.test(normal) || SLOWLY_PHRASES.some((phrase) => phrase.test(normal));
}

/** What the turn step keeps of the assistant's last turn to say it again. */
export interface RepeatablePrompt {
  text: string;
  speak?: string;
  inputHint?: string;
  /** The choices the message offered: after the repetition "2" still picks the second. */
  choices?: ReplyChoice[];
}

/** The messages of a turn as they can be said again (at most the last three: the prompt, not the whole turn). */
export function repeatablePrompt(
  messages: readonly { type?: string; text?: string; speak?: string; inputHint?: string }[],
): RepeatablePrompt[] {
  return messages
    .filter((m) => m.type === 'message' && (m.text || m.speak))
    .slice(-3)
    .map((m) => {
      const choices = offeredChoicesOf(m);
      return { text: m.text ?? '', speak: m.speak, inputHint: m.inputHint, ...(choices ? { choices } : {}) };
    });
}

/**
 * The last prompt again, introduced by `intro` ("Ik herhaal het."): in the text and, on the phone,
 * as the first sentence of the SSML. The last message keeps the line open for an answer.
 */
export function repeatedPrompt(
  prompt: readonly RepeatablePrompt[],
  intro: string,
): { type: 'message'; text: string; speak?: string; inputHint: string }[] {
  return prompt.map((m, i) => {
    const first = i === 0;
    const speak =
      m.speak && first ? m.speak.replace(/(<voice\b[^>]*>)/, `$1<s>${escapeXml(intro)}</s>`) : m.speak;
    return attachOfferedChoices(
      {
        type: 'message' as const,
        text: first ? `${intro}\n\n${m.text}`.trim() : m.text,
        ...(speak ? { speak } : {}),
        inputHint: i === prompt.length - 1 ? 'expectingInput' : (m.inputHint ?? 'acceptingInput'),
      },
      m.choices,
    );
  });
}

/** The localised intro of a repetition ("Ik herhaal het."), in all four locales. */
export const REPEAT_INTRO_KEY = 'channels:speech.repeatIntro';
