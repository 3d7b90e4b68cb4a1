import { normalizeText } from './normalizeText';

/**
 * "Ik wil gewoon dat het stopt", "I just want it to stop", "ich will nur, dass es aufhört", "chcę
 * tylko, żeby to się skończyło": the collection, not a running flow, should stop. Said right after
 * the noodstop answer it asks for that pause, which a member of staff arranges.
 */
const WANTS_IT_TO_STOP =
  /\b(ik wil (gewoon |alleen |echt )?dat (het|dit|alles) (stopt|ophoudt)|(i )?(just |only |really )?want (it|this|all of this|everything) to stop|make it stop|(ich )?(will|mochte) (nur |einfach |nur noch )?dass (es|das|alles) aufhort|(chce|chcialbym|chcialabym) (tylko |po prostu )?(zeby|aby) (to|wszystko) (sie )?(skonczylo|przestalo|zatrzymalo))/;

export function wantsItToStop(text: string): boolean {
  return WANTS_IT_TO_STOP.test(normalizeText(text));
}
