import { normalizeQuestion } from './normalizeQuestion';

/** Polite words around a request for more ("meer graag", "ja, tell me more please", "proszę wszystko"). */
const POLITE =
  '(?:ja|ok|oke|okay|yes|yeah|tak|graag|alstublieft|alsjeblieft|please|bitte|gerne|prosze|dan|dann|then|nog|noch)';

/** The request itself, in the four languages. */
const MORE =
  '(?:meer|vertel meer|vertel me meer|vertel (?:me )?(?:alles|het hele antwoord|het hele verhaal)|meer (?:informatie|info|uitleg)|alles|alles horen|' +
  'more|tell me more|more (?:info|information|details)|everything|tell me everything|the whole answer|' +
  'mehr|mehr (?:infos|informationen|details)|erzahl(?:en sie)? (?:mir )?mehr|' +
  'wiecej|wszystko|powiedz (?:mi )?wiecej|prosze wiecej|wiecej informacji)';

const WHOLE = new RegExp(`^ (?:${POLITE} )*${MORE}(?: ${POLITE})* $`);

/**
 * "Meer", "tell me more", "alles bitte", "proszę wszystko": the caller wants the whole answer after its
 * short spoken version. Only the whole message counts, so a question with "meer" or "alles" in it
 * ("is alles betaald?", "more time to pay?") stays a question.
 */
export function asksForMore(text: string): boolean {
  return WHOLE.test(normalizeQuestion(text));
}
