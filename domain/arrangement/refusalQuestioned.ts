import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { asksWhyNot } from './planQuestions';
import { disputesRefusal } from './refusalDispute';

/**
 * "Maar het is maar 54 euro", "it's only 54 euros", "das sind doch nur 54 Euro", "to tylko 54 euro":
 * the refusal questioned because the amount is small.
 */
const ONLY_SMALL =
  / (maar|slechts|alleen maar|only|just|merely|nur|bloss|gerade mal|tylko|zaledwie|raptem) (\w+ ){0,2}(\d+([.,]\d+)?|een paar|a few|ein paar|kilka) ?(euro|eur|€|euros)? /;

/** "Kan het echt niet?", "can't you make an exception?", "geht das wirklich nicht?", "naprawdę się nie da?" */
const REALLY_NOT =
  / (echt niet|toch niet|uitzondering|really not|really cant|exception|wirklich nicht|ausnahme|naprawde nie|naprawde sie nie da|wyjatek|wyjatku) /;

/**
 * Right after a refusal of an arrangement: the citizen asks why, disputes it, or says it is only a
 * small amount. Not a new question: the reason is explained (kindly) with what can be done instead.
 */
export function questionsRefusal(text: string): boolean {
  const normal = normalizeQuestion(text);
  return asksWhyNot(text) || ONLY_SMALL.test(normal) || REALLY_NOT.test(normal) || disputesRefusal(text);
}
