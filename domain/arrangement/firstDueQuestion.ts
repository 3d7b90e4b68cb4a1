import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "When is the first payment due?", "Ab wann muss ich zahlen?", "Kiedy jest pierwsza rata?",
 * "Wanneer moet ik de eerste termijn betalen?" while an arrangement is being prepared: the first
 * due date of the schedule just shown, not the letter's 8-week payment deadline.
 */
const WHEN = / (when|what date|which date|wann|welchem datum|kiedy|jakiego dnia|wanneer|welke datum) /;
const START =
  / (first|start\w*|begin\w*|erste\w*|anfang\w*|ab wann|pierwsz\w*|zaczy\w*|zaczn\w*|rozpocz\w*|od kiedy|eerste|vanaf wanneer) /;

export function asksFirstDueDate(question: string): boolean {
  const text = normalizeQuestion(question);
  return (WHEN.test(text) || / (ab wann|od kiedy|vanaf wanneer) /.test(text)) && START.test(text);
}
