/**
 * Two-letter words that follow a number in a sentence ("1234 en", "2000 is", "vierentwintig op")
 * and are no postcode letters. One list for typed and spoken text, so both maskers agree on
 * what is a postcode.
 */
export const WORDS_AFTER_NUMBER: ReadonlySet<string> = new Set(
  (
    'en in op of is te ik je we ze al er nu ja om af zo ' +
    'to at an as by on or so no up us if it he my me ' +
    'am um zu im du es wo ' +
    'na do za od ty co'
  ).split(' '),
);
