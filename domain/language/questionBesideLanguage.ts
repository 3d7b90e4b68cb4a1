import { languageNamings } from './languageNaming';
import { requestedLocale } from './requestedLocale';

/** A part asking for a language, or saying one is not mastered ("ik spreek niet goed Nederlands"). */
function aboutLanguage(part: string): boolean {
  return (
    requestedLocale(part) !== undefined ||
    languageNamings(part).some((n) => n.kind === 'request' || n.kind === 'negated')
  );
}

/** "In English (please)", "auf Deutsch", "po polsku", "in het Nederlands": the language a question is asked in. */
const IN_LANGUAGE =
  /\b(in|auf|op|w|na|po) (het |the )?(english|engels|englisch|angielsk\w*|dutch|nederlands|niederlandisch|hollandisch|niderlandzk\w*|german|duits|deutsch|niemieck\w*|polish|pools|polnisch|polsk\w*|polsku|angielsku|niemiecku)( please| alstublieft| graag| bitte| prosze)?\b/gi;
/** A question of its own: "can you explain", "wat is", "wie", "jak". */
const QUESTION_WORD =
  /\b(can|could|what|how|why|when|where|explain|kun|kunt|kan|wat|hoe|waarom|wanneer|waar|uitleggen|leg|konnen|konnen|kann|was|wie|warum|wann|wo|erklaren|erklären|czy|co|jak|dlaczego|kiedy|gdzie|wyjasn\w*)\b/i;

/** Asking to go on or to speak in the language ("can we continue in English"): about the language only. */
const LANGUAGE_VERB =
  /\b(continue|go on|switch|change|speak|talk|write|verder\w*|praten|spreken|schrijven|weiter\w*|sprechen|reden|schreiben|wechseln|dalej|kontynu\w*|rozmawia\w*|mowic|mówić|pisac|pisać)\b/i;

/** Up to here a part of the message may be about the language only ("ok english then"). */
const MIN_QUESTION_WORDS = 3;
/** A question mark makes two words a question of their own ("How pay?", "¿Cómo pago?", "Nasıl öderim?"). */
const MIN_ASKED_WORDS = 2;

/** Enough words to be a question: three, or two that end with a question mark. */
function longEnough(question: string): boolean {
  const words = question.split(/\s+/).filter(Boolean).length;
  return words >= MIN_QUESTION_WORDS || (words >= MIN_ASKED_WORDS && question.trim().endsWith('?'));
}

/**
 * "Ok english then. Why is my fine so high?", "auf Deutsch bitte, wie kann ich zahlen?": what the
 * message asks besides naming the language to continue in, so it is answered in that language and
 * not dropped. Undefined when the message is about the language only.
 */
export function questionBesideLanguage(text: string): string | undefined {
  const parts = text
    .split(/(?<=[.!?;,:])\s+|\s+-\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  if (!parts.some(aboutLanguage)) return undefined;
  // "Ik snap het niet, can you explain the aanmaning in english": the question the language was named in.
  const asked = parts
    .filter(aboutLanguage)
    .map((part) => part.replace(IN_LANGUAGE, ' ').replace(/\s+/g, ' ').trim())
    .filter(
      (part) =>
        !aboutLanguage(part) &&
        part.split(/\s+/).length > MIN_QUESTION_WORDS &&
        QUESTION_WORD.test(part) &&
        !LANGUAGE_VERB.test(part),
    );
  if (asked.length) return asked.join(' ');
  // (One-word parts are fillers around the choice: "fine,", "ok,", "gut,".)
  const rest = parts.filter((part) => !aboutLanguage(part) && part.split(/\s+/).length > 1);
  const question = rest.join(' ');
  return longEnough(question) ? question : undefined;
}

/**
 * "I got a letter from the CJIB, how can I pay?" beside "I do not speak Dutch": the part that asks
 * (a question mark ends it), without the letter that came, which the recogniser would otherwise read
 * as a lookup. Undefined when no part asks with a question mark.
 */
export function askingPartOf(beside: string): string | undefined {
  const asking = beside
    .split(/(?<=[.!?;,:])\s+/)
    .map((part) => part.trim())
    .filter((part) => part.endsWith('?'));
  const question = asking.join(' ');
  return longEnough(question) ? question : undefined;
}
