import { normalizeQuestion } from './normalizeQuestion';

/** Words of fear or despair ("ik ben echt bang", "I'm desperate", "ich habe Angst", "boję się"). */
const DISTRESS =
  /\b(wanhopig|bang|angstig|radeloos|ten einde raad|in paniek|paniek|wanhoop|desperate|scared|afraid|frightened|terrified|panick\w*|verzweifelt|angst|panik|zrozpaczon\w*|boje sie|przerazon\w*|panik\w*)\b/;

/** Whether the message says the citizen is afraid or desperate: the answer starts with a kind word. */
export function soundsDistressed(text: string): boolean {
  return DISTRESS.test(normalizeQuestion(text));
}
