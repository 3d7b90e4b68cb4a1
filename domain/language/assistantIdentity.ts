/**
 * "Ben je een robot?", "Is this a bot or a real person?", "Spreche ich mit einem Menschen?",
 * "Czy rozmawiam z botem?": the citizen asks what they are talking to. The assistant must say it
 * is automated (EU AI Act art. 50) rather than take the question for a request for a person.
 */
import { normalizeText } from './normalizeText';

const WHAT = '(een |a |an |ein |einem |einen |eine |echte? |real |richtige[mn]? |prawdziwym )?';
const ENTITY_NL = '(robot|bot|chatbot|computer|mens|echt persoon|echte persoon|persoon|medewerker|ai)';
const ENTITY_EN = '(bot|robot|chatbot|human|human being|person|computer|machine|ai|real person)';
const ENTITY_DE = '(bot|roboter|chatbot|mensch|menschen|computer|maschine|ki|person)';
const ENTITY_PL = '(bot|botem|robot|robotem|czlowiek|czlowiekiem|komputer|komputerem|maszyna|ai)';

const PATTERNS = [
  new RegExp(`\\b(ben (je|jij|u)|is dit|is dat|praat ik met|spreek ik met|chat ik met|ben ik aan het (praten|chatten) met) ${WHAT}${ENTITY_NL}\\b`),
  // "Ben ik met een echt persoon aan het chatten?", "Bin ich mit einem Menschen verbunden?": the same question, other word order.
  new RegExp(`\\bben ik (nu |hier )?met ${WHAT}${ENTITY_NL} (aan het )?(praten|chatten|spreken|in gesprek)\\b`),
  new RegExp(`\\bbin ich (gerade |hier )?mit ${WHAT}${ENTITY_DE} (verbunden|am chatten|am schreiben)\\b`),
  /\bare you (even )?(real|human|a real one)$/,
  new RegExp(`\\b(are you|is this|is that|am i (talking|chatting|speaking) (to|with)|is it) ${WHAT}${ENTITY_EN}\\b`),
  new RegExp(`\\b(bist du|sind sie|ist das|spreche ich mit|chatte ich mit|rede ich mit) ${WHAT}${ENTITY_DE}\\b`),
  // "Who are you?", "wie ben jij?", "wer bist du?", "kim jesteś?": what they are talking to, too.
  /^(and |en |und |a )?(who are you|who am i (talking|speaking|chatting) (to|with)|wie ben (je|jij|u)|met wie (praat|spreek|chat) ik|wer bist du|wer sind sie|mit wem (spreche|chatte|rede) ich|kim (jestes|pan jest|pani jest)|z kim (rozmawiam|pisze))$/,
  new RegExp(`\\b(czy )?(jestes|jest pan|jest pani|jestescie|to jest|czy to|rozmawiam z|pisze z) ${WHAT}${ENTITY_PL}\\b`),
];

export function asksIfAssistantIsHuman(text: string): boolean {
  const normal = normalizeText(text);
  if (!normal || normal.split(' ').length > 12) return false;
  return PATTERNS.some((pattern) => pattern.test(normal));
}
