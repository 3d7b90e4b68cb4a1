import { normalizeText } from './normalizeText';
import { asksWhatToDo } from './whatToDo';

/*
 * "En nu?", "wat nu?", "and now?", "what are my options?", "und jetzt?", "i co teraz?": a short
 * question for the next step after what was just said (after an outage: the options again).
 */
const NEXT =
  /^(ja |ok |oke |okay |en |and |und |i |a |so |dus |also )?(nu|now|jetzt|nun|teraz|dan|then|dann|wtedy|verder|next|weiter|dalej|en dan|and then|und dann|i co|co dalej|hoe verder|what next|wie weiter|wat kan ik (nu |dan )?doen|welke (opties|mogelijkheden)( heb ik)?|what (are )?(my )?options|what can i do( now)?|was kann ich (jetzt |nun |dann )?(tun|machen)|welche (optionen|moglichkeiten)( habe ich)?|jakie (mam )?(opcje|mozliwosci)|co (moge|mam) (teraz )?zrobic)( nu| now| jetzt| teraz| dan| dann)?$/;

export function asksWhatNext(text: string): boolean {
  return asksWhatToDo(text) || NEXT.test(normalizeText(text));
}
