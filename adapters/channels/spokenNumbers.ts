/**
 * Long numbers as a voice should read them, in the groups a listener checks them by: CJIB numbers
 * and phone numbers digit by digit in short groups ("plus 3 1, 6, 1 2 3 4, 5 6 7 8"), a reference as
 * "BR, 2026, 4 8 2 1, 3 9 7 7" (its letters, its year, then its digits in groups). Pure.
 */

/** "9698948614580658" → "9 6 9 8, 9 4 8 6, 1 4 5 8, 0 6 5 8". */
export function digitByDigit(number: string): string {
  const digits = number.replace(/\D/g, '');
  const groups = digits.match(/.{1,4}/g) ?? [];
  return groups.map((g) => g.split('').join(' ')).join(', ');
}

const spell = (groups: string[]): string =>
  groups
    .filter(Boolean)
    .map((g) => g.split('').join(' '))
    .join(', ');

/**
 * A national number: as written when it was written in groups ("06 1234 5678", "2026-8181-2073");
 * a Dutch mobile number as "0 6, 1 2 3 4, 5 6 7 8"; anything else (a CJIB number) in fours.
 */
export function spokenNumber(number: string): string {
  const written = number.split(/[ .-]/);
  if (written.length > 1 && written.every((g) => g.length <= 4) && written.some((g) => g.length > 1))
    return spell(written);
  const digits = number.replace(/\D/g, '');
  if (/^06\d{8}$/.test(digits)) return spell([digits.slice(0, 2), digits.slice(2, 6), digits.slice(6)]);
  return digitByDigit(digits);
}

/** Country codes of three digits start with these (ITU E.164); 1 and 7 are one digit, the rest two. */
const THREE_DIGIT_CODE = /^(?:2[1-69]|3[578]|42|5[09]|6[7-9]|8[0578]|9[6-9])/;

function countryCode(digits: string): string {
  if (/^[17]/.test(digits)) return digits.slice(0, 1);
  return digits.slice(0, THREE_DIGIT_CODE.test(digits) ? 3 : 2);
}

/** Groups of four, a last short group of one joined to the one before: "12345678" → "1234 5678". */
function fours(digits: string): string[] {
  const groups = digits.match(/.{1,4}/g) ?? [];
  if (groups.length > 1 && groups[groups.length - 1].length === 1) {
    const last = groups.pop() ?? '';
    groups[groups.length - 1] += last;
  }
  return groups;
}

/** The groups after the country code, as people of that country write them. */
function nationalGroups(code: string, rest: string): string[] {
  if (code === '31' && /^6\d{8}$/.test(rest)) return ['6', ...fours(rest.slice(1))];
  if (code === '31' && rest.length === 9) return [rest.slice(0, 2), rest.slice(2, 5), rest.slice(5)];
  if (code === '49' && /^1[5-7]/.test(rest)) return [rest.slice(0, 3), ...fours(rest.slice(3))];
  return threes(rest);
}

/** Groups of three, the last four together when one digit would be left: "2025550123" → "202 555 0123". */
function threes(digits: string): string[] {
  const groups = digits.match(/.{1,3}/g) ?? [];
  if (groups.length < 2 || groups[groups.length - 1].length > 1) return groups;
  return [...groups.slice(0, -2), groups.slice(-2).join('')];
}

/**
 * A group digit by digit ("2 3 4"): a voice reads "234" as "tweehonderdvierendertig" and "12 34"
 * as twelve, thirty-four, which a caller cannot write down.
 */
const sayGroup = (group: string): string => group.replace(/\s/g, '').split('').join(' ');

/**
 * "+31612345678" → "plus 3 1, 6, 1 2 3 4, 5 6 7 8"; "+48 601 234 567" → "plus 4 8, 6 0 1, 2 3 4, 5 6 7":
 * every digit on its own, in the short groups the number is written in (at most four), a pause between them.
 */
export function spokenPhoneNumber(number: string, plus: string): string {
  const written = number.trim().split(/[ .-]+/);
  const digits = number.replace(/\D/g, '');
  const code = countryCode(digits);
  const groups =
    written.length > 2 && written.every((g) => g.length <= 4)
      ? written
      : [code, ...nationalGroups(code, digits.slice(code.length))];
  return `${plus} ${groups.map(sayGroup).join(', ')}`;
}

/**
 * "BR-2026-48213977" → "BR, 2026, 4 8 2 1, 3 9 7 7"; "BR-2026-000417" → "BR, 2026, 0 0 0, 4 1 7":
 * the letters, the year as a year, then the digits in groups of three or four, one by one (a
 * reference is checked digit by digit, and zeros must not disappear).
 */
export function spokenReference(letters: string, year: string, number: string): string {
  const digits = number.replace(/\D/g, '');
  const written = number.split('-').filter(Boolean);
  // Fours, or threes where those come out even ("000417"): no digit left on its own at the end.
  const size = digits.length % 4 === 0 || digits.length % 3 !== 0 ? 4 : 3;
  const groups =
    written.length > 1 && written.every((g) => g.length >= 2 && g.length <= 4)
      ? written
      : (digits.match(new RegExp(`.{1,${size}}`, 'g')) ?? []);
  return [letters, year, spell(groups)].join(', ');
}
