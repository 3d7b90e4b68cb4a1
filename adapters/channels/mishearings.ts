/**
 * Words a speech recogniser commonly writes for "boete" and "Bußgeld" on a call about fines:
 * "mijn boot op zoeken" is "mijn boete opzoeken", "Bus Geld" is "Bußgeld". Corrected only where
 * safe: "boot" only when the caller says "boete" nowhere else (a fine for a boat keeps its boat).
 * Pure; the channel layer applies it to phone turns before the dialogs read them.
 */

const FINE_SAID = /\bboetes?\b/i;

const ALWAYS: [RegExp, string][] = [
  // nl: plural forms as a recogniser spells them.
  [/\bboeten\b/gi, 'boetes'],
  [/\bboete['’]s\b/gi, 'boetes'],
  // nl: a separable verb written apart ("op zoeken", "af betalen").
  [/\bop zoeken\b/gi, 'opzoeken'],
  [/\baf betalen\b/gi, 'afbetalen'],
  // de: "Bus Geld", "Buss Geld", "Bussgeld".
  [/\bbu(?:s|ss|ß)\s?geld(e?s?)\b/gi, 'Bußgeld$1'],
  // en: "look up my find", "pay my find".
  [/\b(my|the|a) finds?\b(?!\s+(?:out|it|that|the|a|my)\b)/gi, '$1 fine'],
];

/** "boot" for "boete" when the caller names no fine otherwise. */
const BOAT: [RegExp, string][] = [
  [/\bboot\b/gi, 'boete'],
  [/\bboten\b/gi, 'boetes'],
];

export function withMishearingsCorrected(text: string): string {
  let heard = text;
  for (const [wrong, right] of ALWAYS) heard = heard.replace(wrong, right);
  if (!FINE_SAID.test(heard)) for (const [wrong, right] of BOAT) heard = heard.replace(wrong, right);
  return heard;
}
