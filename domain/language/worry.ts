import { normalizeText } from './normalizeText';

/**
 * Fear, worry or despair said in a message ("ik heb hier echt stress van", "ik ben echt wanhopig",
 * "I'm so worried", "ich habe Angst", "boję się"): the reply starts with a kind word. Severe distress
 * (self-harm, a crisis) is domain/handoff/distressSignal.ts, which hands over to a person.
 */
const WORRIED =
  / (stress\w*|gestrest|bang|angstig|zorgen|ongerust|paniek|in paniek|wanhopig|wanhoop|radeloos|ten einde raad|slaap er niet van|scared|afraid|frightened|terrified|worried|worry|anxious|panic\w*|desperate|angst|sorgen|panik\w*|verzweifelt|boje sie|sie boje|boi sie|sie boi|martwie sie|sie martwie|stres\w*|strach|przeraz\w*|zrozpaczon\w*|denerwuj\w*) /;

export function saysWorried(text: string): boolean {
  return WORRIED.test(` ${normalizeText(text)} `);
}
