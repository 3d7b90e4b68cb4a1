import { normalizeText } from '../language/normalizeText';
import { isDistressSignal } from './distressSignal';
import { showsHardship } from './hardshipSituation';
import { asksForPerson } from './personRequest';

/**
 * What staff must notice first about a waiting citizen, read from the citizen's own words:
 * `distress` (despair, fear, "ik weet het niet meer") or `cannot_pay` (no money, debts, job lost).
 * Either moves the case up in the queue: a person in trouble should not wait behind routine questions.
 */
export type CaseConcern = 'distress' | 'cannot_pay';

/** Despair said in passing that the distress offer does not catch on its own ("ik weet het niet meer"). */
const AT_WITS_END =
  /\b(ik weet het (echt |gewoon )?niet meer|ik weet niet meer wat ik moet|i dont know what to do( anymore)?|i do not know what to do|i am at my wits end|im at my wits end|ich weiss (einfach |echt )?nicht (mehr )?weiter|ich weiss nicht mehr was ich tun soll|nie wiem (juz )?co (mam )?(robic|zrobic)|nie daje (juz )?rady)\b/;

export function concernOf(citizenTexts: readonly string[]): CaseConcern | undefined {
  let concern: CaseConcern | undefined;
  for (const said of citizenTexts) {
    if (isDistressSignal(said) || AT_WITS_END.test(normalizeText(said))) return 'distress';
    if (showsHardship(said)) concern = 'cannot_pay';
  }
  return concern;
}

/** Two words or fewer, or only a request for a person: nothing that says what the citizen wants. */
const SHORT_WORDS = 3;

/** Whether a citizen message tells what they want (not "ja", "medewerker", "ik wil een mens spreken"). */
export function saysWhatTheyWant(text: string): boolean {
  const normal = normalizeText(text);
  if (normal.split(/\s+/).filter(Boolean).length < SHORT_WORDS) return false;
  return !asksForPerson(text) || normal.split(/\s+/).length > 8;
}
