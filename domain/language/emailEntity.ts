/**
 * E-mail addresses, typed or spoken ("jan punt jansen apenstaartje gmail punt com", "jan dot
 * jansen at hotmail dot com", "Klammeraffe", "małpa"). A speech recogniser writes the name part as
 * separate words ("j a n", "jan jansen", "jan 80"): those are one name, glued together.
 */
import { spokenNumberWord } from './numberInPairs';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/i;
const SPOKEN_AT =
  /\s+(?:apenstaartje|apestaartje|apenstaart|at-teken|at teken|at-zeichen|at zeichen|at sign|at symbol|at|add|et|malpa|małpa|malpka|małpka|klammeraffe)\s+/g;
const SPOKEN_DOT = /\s+(?:punt|dot|kropka|punkt)\s+/g;
const SPOKEN_DASH =
  /\s+(?:streepje|koppelteken|min|dash|hyphen|minus|bindestrich|strich|myslnik|myślnik|kreska)\s+/g;
const SPOKEN_UNDERSCORE =
  /\s+(?:underscore|liggend streepje|laag streepje|unterstrich|podkreslnik|podkreślnik)\s+/g;
/** Dictation that glues the words around it: "jan devries zonder spatie", "all one word", "bez spacji". */
const JOINED =
  /\s+(?:zonder spaties?|aan elkaar(?: geschreven)?|in (?:een|één) woord|all one word|one word|no spaces?|without (?:a )?spaces?|ohne leerzeichen|zusammen(?:geschrieben)?|in einem wort|bez spacji|razem|jednym slowem|jednym słowem)(?=\s)/g;
/** Case said aloud: an address is read without it ("hoofdletter j a n"). */
const LETTER_CASE =
  /\s+(?:hoofdletters?|kleine letters?|capital(?: letter)?|upper ?case|lower ?case|gro(?:ss|ß)buchstaben?|kleinbuchstaben?|wielk(?:a|ie) liter(?:a|y)|mał(?:a|e) liter(?:a|y)|mal(?:a|e) liter(?:a|y))(?=\s)/g;
/** "jan @ gmail.com" (a space typed around the "@"), "jan(at)gmail.com". */
const LOOSE_AT = /\s*(?:@|\(at\)|\[at\])\s*/g;

/** Words that end what comes before the name part: "mijn e-mail is jan …", "it's jan …". */
const BEFORE_NAME = new Set(
  'is ist jest to its es das het dat e-mail email mail emailadres e-mailadres mailadres adres address adresse adresem mijn my meine mein moj mój ja yes tak nee no nein nie ok oke okay sure graag bitte via naar op on per onder under unter pod na me mij mich mnie mi u you sie mail naar'.split(
    ' ',
  ),
);
const PAUSE_AFTER = /[,:;!?]$/;
/** At most this many words make one name ("j a n punt jansen" is four)… */
const NAME_WORDS = 6;
/** …of which at most two are words of more than one letter ("jan jansen"). */
const NAME_LONG_WORDS = 2;
/** A domain said as two words ("g mail punt com", "hot mail dot com"). */
const DOMAIN_WORDS = 3;
/** "punt n l", "dot c o m": a top-level domain spelled letter by letter. */
const SPELLED_TOP_LEVEL = /\.([a-z](?: [a-z]){1,3})(?=[\s.,!?]|$)/g;
const HAS_TOP_LEVEL = /\.[a-z]{2,}/;
const LONG_WORD = /^\p{L}{2,}$/u;

/** How a name with accents is written in an address: "müller" → "mueller", "łukasz" → "lukasz", "zoë" → "zoe". */
const WRITTEN_AS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ł: 'l' };

/**
 * An address holds only plain letters: a name said or typed with accents is written without them,
 * so the pattern keeps the whole name instead of only what follows its last accent ("ller@web.de").
 */
function plainLetters(text: string): string {
  if (!/[^a-z0-9\s\p{P}\p{S}]/u.test(text)) return text;
  return text
    .replace(/[äöüßł]/g, (c) => WRITTEN_AS[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The spoken text with the words of the name and of the domain around the last "@" glued. */
function gluedAroundAt(spoken: string, joined: boolean): string {
  const at = spoken.lastIndexOf('@');
  const before = spoken.slice(0, at).split(/\s+/).filter(Boolean);
  const after = spoken
    .slice(at + 1)
    .split(/\s+/)
    .filter(Boolean);
  const name: string[] = [];
  let long = 0;
  for (let i = before.length - 1; i >= 0 && name.length < NAME_WORDS; i--) {
    const word = before[i];
    // "reach me at jan at gmail": the "at" before the name was no "@".
    if (word.includes('@')) {
      name.unshift(word.slice(word.lastIndexOf('@') + 1));
      break;
    }
    if (BEFORE_NAME.has(word) || PAUSE_AFTER.test(word)) break;
    if (LONG_WORD.test(word) && !spokenNumberWord(word) && ++long > (joined ? NAME_WORDS : NAME_LONG_WORDS))
      break;
    name.unshift(word);
  }
  // "jan tachtig" → "jan80" (a spoken number in a name of more words).
  const local = plainLetters(name.map((w) => (name.length > 1 ? (spokenNumberWord(w) ?? w) : w)).join(''));
  const domainEnd = after.slice(0, DOMAIN_WORDS).findIndex((w) => HAS_TOP_LEVEL.test(w));
  const domain =
    domainEnd > 0 ? [after.slice(0, domainEnd + 1).join(''), ...after.slice(domainEnd + 1)] : after;
  return `${local}@${plainLetters(domain.join(' '))}`;
}

export function extractEmail(text: string): string | undefined {
  // Without an "@" the pattern cannot match; skipping its scan matters on long messages.
  const typed = text.includes('@') ? plainLetters(text.toLowerCase()).match(EMAIL) : null;
  if (typed) return typed[0].toLowerCase();
  const said = ` ${text.toLowerCase()} `;
  const unglued = said.replace(JOINED, ' ');
  const spoken = unglued
    .replace(LETTER_CASE, ' ')
    .replace(SPOKEN_UNDERSCORE, '_')
    .replace(SPOKEN_DASH, '-')
    .replace(SPOKEN_AT, '@')
    .replace(LOOSE_AT, '@')
    .replace(SPOKEN_DOT, '.')
    .replace(SPELLED_TOP_LEVEL, (_m, letters: string) => `.${letters.replace(/ /g, '')}`);
  const m = spoken.includes('@') ? gluedAroundAt(spoken, unglued !== said).match(EMAIL) : null;
  return m ? m[0].toLowerCase() : undefined;
}
