import { mentionsIncome } from '../arrangement/incomeAmount';
import { showsHardship } from './hardshipSituation';

/**
 * A message that tells the citizen's own circumstances ("ich verdiene nur 1200 Euro im Monat", "ik
 * heb schulden", "I lost my job"): while waiting for a person it is noted for them, not answered
 * with the same general text again. A question ("kan ik …?") is still a question.
 */
export function tellsOwnSituation(text: string): boolean {
  if (text.includes('?')) return false;
  return mentionsIncome(text) || showsHardship(text);
}
