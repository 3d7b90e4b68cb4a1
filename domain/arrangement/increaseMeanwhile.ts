import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * "En stopt de verhoging dan?", "krijg ik dan nog een aanmaning als de eerste termijn pas in januari
 * is?", "will I still get a reminder?", "kommt dann noch eine Mahnung?", "czy dostanę upomnienie?"
 * while an arrangement is being requested: whether reminders and increases stop meanwhile.
 * DOMAIN.md §1.10 marks that unknown; an increase already added stays in the total.
 */
const INCREASE =
  / (aanmaning\w*|herinnering\w*|verhoging\w*|verhoogd|omhoog|hoger worden|boete erbij|increase\w*|increased|reminders?|surcharge\w*|goes up|go up|mahnung\w*|erhoh\w*|zuschlag\w*|upomnien\w*|monit\w*|podwyzk\w*|podwyzsz\w*|wzrosnie|wzrasta) /;
/** Asked, not told: a question word, "still", "stop", or a question mark. */
const ASKED =
  / (nog|dan|stopt|stoppen|stop|stops|still|then|anymore|noch|dann|aufhoren|hort|weiter|jeszcze|wtedy|przestanie|czy|krijg|komt|will|do|does|kommt|bekomme) /;
/** "Wat als ik te laat betaal?": a question about a missed instalment later (laterTrouble). */
const IF = / (wat als|en als|als ik|what if|if i|was wenn|wenn ich|falls ich|co jesli|jesli|gdyby) /;

export function asksIncreaseMeanwhile(question: string): boolean {
  const text = normalizeQuestion(question);
  return INCREASE.test(text) && (ASKED.test(text) || question.includes('?')) && !IF.test(text);
}
