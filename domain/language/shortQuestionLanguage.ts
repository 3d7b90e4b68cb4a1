import type { Locale } from './locale';

/**
 * "Wie lange?", "Ile kosztuje?", "how long?", "bis wann?": two or three words are too few for the
 * word scores of detectLanguage, but a question opened so can only be one language. Only the openings
 * no other of the four languages has: Dutch "wie" (who) is no German "wie" unless "lange", "viel" …
 * follow, and a bare "ja", "nee", a number or a postcode opens no question. On normalizeText's text
 * without its closing punctuation.
 */
const MAX_WORDS = 5;

const OPENINGS: [RegExp, Locale][] = [
  [
    /^(und |aber |ok |okay )?(wie (lange|viel|teuer|hoch|oft|schnell|spat|bezahle|zahle|geht|komme|kann|mache|funktioniert)|wieviel|warum|wieso|weshalb|wann|bis wann|ab wann|seit wann|was (kostet|kosten|jetzt|nun|muss|soll|passiert|mache|tun)|wo (kann|muss|ist|finde|steht|zahle)|wer (ist|kann|muss|zahlt|bezahlt)|kann ich|muss ich|darf ich|gibt es|geht das|kostet das)\b/,
    'de',
  ],
  [
    /^(a |i |ale |ok )?(ile|jak (dlugo|zaplacic|placic|moge|mam|to|dlugo)|kiedy|do kiedy|od kiedy|dlaczego|czemu|gdzie|kto|co (teraz|mam|robic|zrobic|dalej|to|z tym)|czy (moge|mozna|musze|trzeba|jest|to))\b/,
    'pl',
  ],
  [
    /^(and |but |ok |okay )?(how (long|much|many|do|can|does|is|come)|why|when|where|who|what (now|then|is|does|do|can|happens)|until when|by when|can i|do i|is it|is there)\b/,
    'en',
  ],
];

/** The language a short question is written in, by how it opens, or undefined. */
export function shortQuestionLanguage(whole: string): Locale | undefined {
  if (whole.split(' ').length > MAX_WORDS || /\d/.test(whole)) return undefined;
  return OPENINGS.find(([opening]) => opening.test(whole))?.[1];
}
