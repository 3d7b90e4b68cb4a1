import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Ik heb hier echt stress van", "I'm so worried", "ich habe Angst", "boję się" at the schedule:
 * a worried citizen, who hears a kind word and the ways on (too high, cannot pay, a person) rather
 * than the question's terse retry.
 */
const WORRIED =
  / (stress\w*|gestrest|bang|zorgen|ongerust|paniek|wanhopig|slaap er niet van|scared|afraid|worried|worry|anxious|panic\w*|desperate|angst|sorgen|panik|verzweifelt|boje sie|martwie sie|stres\w*|strach|przeraz\w*|denerwuj\w*) /;

export function saysWorried(answer: string): boolean {
  return WORRIED.test(normalizeQuestion(answer));
}
