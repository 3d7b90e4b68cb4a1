import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import type { TopicId } from '../knowledge/topics';

/**
 * "Wat is een noodstop?", "what is an emergency stop?", "was bedeutet Mahnung?", "co to jest
 * noodstop?", "hoe werkt een persoonlijke regeling?": a question about what something is, asked
 * while the flow waits for an answer. It asks for knowledge, it does not say anything about the
 * citizen's own situation (unlike "ik kan niet betalen, wat nu?"), so the answer is given and the
 * flow's question asked again.
 */
const WHAT_IS =
  /^ (wat|what|whats|was|co|czym) (is|zijn|betekent|betekend|means?|is an?|are|ist|sind|bedeutet|heisst|to|jest|oznacza)( |$)|^ wat (houdt|houd) (\w+ ){1,3}in( |$)/;
const MEANS = / (betekent|betekend|houdt (\w+ ){0,3}in|mean|means|meant|bedeutet|heisst|oznacza|znaczy) /;
const HOW_WORKS = /^ (hoe|how|wie|jak) (werkt|works?|does|do|funktioniert|lauft|dziala|wyglada)( |$)/;
/**
 * "Wacht, wat is een noodstop eigenlijk", "ok maar wat is…", "wait, what is…", "moment, was ist…",
 * "czekaj, co to jest…": a word of hesitation before the question does not make it another message.
 */
const LEAD =
  /^ ((wacht|even|ok|oke|okay|oh|eh|ehm|uh|uhm|huh|hm+|sorry|maar|en|dus|nou|moment|wait|hold on|but|and|so|um|warte|aber|und|also|ah|czekaj|chwila|ale|a|i) )+/;

/** Words of the citizen's own situation: then it is theirs, not a question about a concept. */
const OWN = / (ik|mij|mijn|i|my|im|ich|mir|mich|mein\w*|ja|mnie|mi|moj\w*|moge|mam) /;

export function asksWhatSomethingIs(question: string): boolean {
  const text = normalizeQuestion(question).replace(LEAD, ' ');
  if (OWN.test(text)) return false;
  return WHAT_IS.test(text) || HOW_WORKS.test(text) || (MEANS.test(text) && question.trim().endsWith('?'));
}

/**
 * The concept a question names, for when the recogniser places "was ist ein Notstopp?" nowhere:
 * the noodstop, a personal arrangement.
 */
const CONCEPTS: [RegExp, TopicId][] = [
  [/ (noodstop|notstopp?|emergency stop|zahlungsstopp|wstrzymani\w*( awaryjn\w*)?) /, 'noodstop'],
  [
    / (persoonlijke (betalings)?regeling|maatwerk\w*|personal (payment )?(arrangement|plan)|personliche\w* ratenzahlung|indywidualn\w* plan\w*) /,
    'personal_arrangement',
  ],
];

export function conceptTopic(question: string): TopicId | undefined {
  const text = normalizeQuestion(question);
  return CONCEPTS.find(([cue]) => cue.test(text))?.[1];
}
