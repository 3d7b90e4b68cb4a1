/**
 * Lower-cases a question and removes what varies between spellings (diacritics, hyphens, apostrophes,
 * punctuation), so topic cues match "e-mail" and "email", "België" and "belgie", "wasn't" and "wasnt".
 */
export function normalizeText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`-]/g, '')
    .replace(/[^a-z0-9€]+/g, ' ')
    .trim()} `;
}
