/** A number of months: "12 maanden", "in zes termijnen", "half jaar", "two years", "6 Monate", "10 miesięcy". */
import { foldDiacritics } from './normalizeText';
import { parseNumberWords } from './numberWords';

const MONTH_UNIT =
  /^(maanden|maand|mnd|mnden|maande|maandn|months|month|mths|monaten|monate|monat|miesiace|miesiecy|miesiac|termijnen|termijn|instalments|installments|instalment|installment|raten|rat|raty)$/;
const YEAR_UNIT = /^(jaar|jaren|year|years|jahr|jahre|jahren|rok|lata|lat)$/;

function numberBefore(ws: string[], unitIndex: number): number | undefined {
  for (let from = Math.max(0, unitIndex - 3); from < unitIndex; from++) {
    const phrase = ws.slice(from, unitIndex).join(' ');
    const value = /^\d+$/.test(phrase) ? Number(phrase) : parseNumberWords(phrase);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function extractMonths(text: string): number | undefined {
  const ws = foldDiacritics(text)
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (MONTH_UNIT.test(w)) {
      const n = numberBefore(ws, i);
      if (n !== undefined && n > 0 && n <= 120) return n;
    } else if (YEAR_UNIT.test(w)) {
      const prev = ws[i - 1];
      if (prev === 'anderhalf' || prev === 'anderthalb' || prev === 'półtora' || prev === 'poltora')
        return 18;
      if (prev === 'half' || prev === 'halbes' || prev === 'halb' || (prev === 'a' && ws[i - 2] === 'half'))
        return 6;
      const n = numberBefore(ws, i);
      if (n !== undefined && n > 0 && n <= 10) return n * 12;
    }
  }
  return undefined;
}
