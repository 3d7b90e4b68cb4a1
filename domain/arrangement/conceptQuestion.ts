import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Wat is een noodstop?", "what is an emergency stop?", "was bedeutet Mahnung?", "co to jest
 * noodstop?", "hoe werkt een persoonlijke regeling?": a question about what something is, asked
 * while the flow waits for an answer. It asks for knowledge, it does not say anything about the
 * citizen's own situation (unlike "ik kan niet betalen, wat nu?"), so the answer is given and the
 * flow's question asked again.
 */
const WHAT_IS =
  /^ (wat|what|whats|was|co|czym) (is|zijn|betekent|betekend|means?|is an?|are|ist|sind|bedeutet|heisst|to|jest|oznacza)( |$)/;
const MEANS = / (betekent|betekend|houdt (\w+ ){0,3}in|mean|means|meant|bedeutet|heisst|oznacza|znaczy) /;
const HOW_WORKS = /^ (hoe|how|wie|jak) (werkt|works?|does|do|funktioniert|lauft|dziala|wyglada)( |$)/;
/** Words of the citizen's own situation: then it is theirs, not a question about a concept. */
const OWN = / (ik|mij|mijn|i|my|im|ich|mir|mich|mein\w*|ja|mnie|mi|moj\w*|moge|mam) /;

export function asksWhatSomethingIs(question: string): boolean {
  const text = normalizeQuestion(question);
  if (OWN.test(text)) return false;
  return WHAT_IS.test(text) || HOW_WORKS.test(text) || (MEANS.test(text) && question.trim().endsWith('?'));
}
