import { normalizeQuestion } from './normalizeQuestion';

/** A greeting before the question ("hoi, kan ik…", "hey can I…", "Guten Tag, wie…", "dzień dobry, czy…"). */
const GREETING =
  /^ ((hoi|hey|hi|hallo|hello|hiya|there|goedemorgen|goedemiddag|goedenavond|dag|guten (tag|morgen|abend)|moin|servus|dzien dobry|czesc|witam|cjib) )+/;

/** Words that open a question in nl, en, de and pl ("wat is…", "how do…", "wie kann…", "czy…"). */
const QUESTION_START =
  /^ (kan|kun|mag|moet|hoe|hoeveel|wat|waar|waarom|wanneer|welke?|wie|is|zijn|heb|krijg|can|could|may|how|what|where|when|why|which|who|is|are|do|does|am|kann|darf|wie|wieviel|was|wo|wann|warum|welche[rs]?|muss|czy|jak|jaki|gdzie|kiedy|dlaczego|ile|co) /;

/**
 * Whether a message is phrased as a question: a question mark, or a question word first. Used to
 * tell a question asked in the middle of a flow ("wat is eigenlijk een CJIB-nummer?") from an answer.
 */
export function isQuestion(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return (
    text.trim().endsWith('?') ||
    QUESTION_START.test(normalized) ||
    QUESTION_START.test(normalized.replace(GREETING, ' '))
  );
}
