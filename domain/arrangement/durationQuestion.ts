import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "Hoe lang duurt de regeling?", "how long will I be paying?", "wie lange läuft die Ratenzahlung?",
 * "jak długo trwa plan spłaty?", "how many months will it take?" with a schedule on the table: how long this schedule runs (its
 * months and last instalment), not the term table, the letter's deadline or the decision's time.
 * "How long can I spread it?" asks the most there is (spreadQuestion.ts) and is left to that.
 */
const HOW_LONG =
  / (hoe lang|how long|for how long|wie lange|jak dlugo|ile czasu|hoeveel maanden|how many months|wie viele monate|ile miesiecy) /;
const RUNS =
  / (duurt|loopt|lopen|ben ik|zit ik|betaal ik|take|takes|last|lasts|run|runs|will i|am i|be paying|dauert|lauft|laufen|zahle ich|bin ich|trwa|potrwa|bede|splacam|place) /;
/** "Kan", "can", "kann", "mogę": what is possible, the term table's question. */
const CAN = / (kan|kun|mag|can|could|may|kann|darf|konnte|moge|mozna|moglbym|moglabym) /;

export function asksScheduleDuration(question: string): boolean {
  const text = normalizeQuestion(question);
  return HOW_LONG.test(text) && RUNS.test(text) && !CAN.test(text);
}
