import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "How long will the decision take?", "Wie lange dauert die Entscheidung?", "Kiedy dostanę
 * decyzję?", "Hoe lang duurt het besluit?" while an arrangement is being requested: how long the
 * assessment takes, not the letter's payment deadline.
 */
const WHEN =
  / (how long|when|how soon|wie lange|wann|jak dlugo|kiedy|ile (czasu|potrwa)|hoe lang|wanneer|hoe snel) /;
const DECISION =
  / (decision|decide|decided|hear back|answer|approved|entscheidung|entschieden|antwort|bescheid|genehmigt|decyzj\w*|odpowied\w*|rozpatrz\w*|besluit|beslissing|antwoord|goedgekeurd|uitsluitsel) /;

export function asksDecisionTime(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHEN.test(text) && DECISION.test(text);
}
