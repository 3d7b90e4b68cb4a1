import { RELATION } from '../language/forSomeoneElse';
import { normalizeQuestion } from './normalizeQuestion';

/**
 * "It was my brother", "mijn zoon reed", "meine Frau ist gefahren", "to był mój brat": who drove, said
 * right after the answer on owner liability. That answer's point for it: the driver appeals with the
 * owner's authorisation (DOMAIN.md §4, machtiging); the fine stays the owner's until then.
 */
const NAMED = [
  new RegExp(`\\b(it was|that was|was) (my|our) ${RELATION}\\b`),
  new RegExp(`\\b(my|our) ${RELATION} (was driving|drove|had the car|was behind the wheel)\\b`),
  new RegExp(`\\b(het was|dat was|was) (mijn|mn|onze|ons) ${RELATION}\\b`),
  new RegExp(`\\b(mijn|mn|onze|ons) ${RELATION} (reed|heeft gereden|zat achter het stuur|had de auto)\\b`),
  new RegExp(`\\b(es war|das war|war) (mein|meine|unser|unsere) ${RELATION}\\b`),
  new RegExp(`\\b(mein|meine|unser|unsere) ${RELATION} (ist gefahren|fuhr|hatte das auto|sass am steuer)\\b`),
  new RegExp(`\\b(to byl|to byla|byl to|byla to) (moj|moja|mojego|mojej|nasz|nasza) ${RELATION}\\b`),
  new RegExp(
    `\\b(moj|moja|nasz|nasza) ${RELATION} (prowadzil|prowadzila|jechal|jechala|kierowal|kierowala)\\b`,
  ),
];
const WORDS_AT_MOST = 12;

export function namesTheDriver(text: string): boolean {
  const normalized = normalizeQuestion(text);
  if (normalized.split(' ').length > WORDS_AT_MOST) return false;
  return NAMED.some((cue) => cue.test(normalized));
}
