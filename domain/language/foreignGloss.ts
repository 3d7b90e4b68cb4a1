import { FROM_ABROAD } from '../knowledge/payFromAbroadOtherLanguage';
import { normalizeText } from './normalizeText';

/**
 * A message in a language the assistant does not speak (French, Spanish, Turkish, Italian, Portuguese,
 * Romanian) often still names its subject in words the recogniser knows once glossed: "amende",
 * "multa", "ceza" are a fine, "plusieurs fois", "a plazos", "taksit" instalments. The gloss puts the
 * English word in their place (and keeps what is shared: CJIB, "boete", numbers), so the question can
 * be answered in English after the note on languages instead of being dropped. Pure: a word list.
 */

/** Phrases first (longest wins), then single words; every key is folded (no accents, lower case). */
const PHRASES: [RegExp, string][] = [
  [
    /\b(en|in) plusieurs fois\b|\ba plazos\b|\ba rate\b|\bin rate\b|\bem prestacoes\b|\btaksitle\b|\btaksit(ler)?\b/g,
    ' in instalments ',
  ],
  [
    /\bne (peux|peut|pouvons) pas payer\b|\bno puedo pagar\b|\bnon posso pagare\b|\bnao posso pagar\b|\bodeyemiyorum\b|\bodeyemem\b|\bnu pot (sa )?plati?\b/g,
    ' i cannot pay ',
  ],
  // "¿Cómo puedo pagar desde España?": paying from abroad (a transfer), not the general ways to pay.
  [new RegExp(FROM_ABROAD.source, 'g'), ' from abroad '],
  // "No hablo holandés", "Hollandaca bilmiyorum": Dutch not mastered, said of a Dutch letter (contactLetterAsks.ts).
  [
    /\b(je )?ne (parle|comprends|lis) pas( le)? (neerlandais|hollandais)\b|\bno (hablo|entiendo|leo|se)( el)? (holandes|neerlandes)\b|\bnon (parlo|capisco|leggo)( l)? (olandese|neerlandese)\b|\bnao (falo|entendo|leio|sei)( o)? (holandes|neerlandes)\b|\bnu (vorbesc|inteleg|citesc|stiu)( limba)? (olandeza|neerlandeza)\b|\b(hollandaca|felemenkce|flemenkce) (bilmiyorum|anlamiyorum|konusamiyorum|okuyamiyorum|bilmem)\b/g,
    ' i do not speak dutch ',
  ],
  [/\bcombien de temps\b|\bcuanto tiempo\b|\bquanto tempo\b|\bne kadar sure\b|\bcat timp\b/g, ' how long '],
  [/\bcombien\b|\bcuanto\b|\bquanto\b|\bne kadar\b|\bcat costa\b/g, ' how much '],
  [/\bj ?ai recu\b|\brecibi\b|\bho ricevuto\b|\brecebi\b|\baldim\b|\bam primit\b/g, ' i received '],
  [/\bje (peux|puis)\b|\bpuedo\b|\bposso\b|\bpot\b|\bmiyim\b|\bmiyim\b/g, ' can i '],
  [/\bcomment\b|\bcomo\b|\bcome\b|\bnasil\b|\bcum\b/g, ' how '],
  [/\bpourquoi\b|\bpor que\b|\bperche\b|\bneden\b|\bde ce\b/g, ' why '],
  [
    /\b(parler|hablar|parlare|falar|konusmak|vorbesc) (a|avec|con|com|ile|cu)? ?(quelqu ?un|une personne|un conseiller|una persona|alguien|qualcuno|alguem|biri|biriyle|cineva)\b/g,
    ' talk to a person ',
  ],
];

/** English word or words: the foreign words that mean it (fr, es, tr, it, pt, ro; and Dutch "boete"). */
const GLOSSARY: Record<string, string> = {
  fine: 'amende amendes contravention pv multa multas ceza cezasi amenda boete boetes',
  'my fine': 'cezam cezami',
  'i have': 'jai',
  pay: 'payer paye paie regler pagar pagare odemek oderim platesc plati',
  payment: 'pago odeme plata',
  'can i pay': 'odeyebilirim',
  'can pay': 'odeyebilir',
  'payment plan': 'echeancier',
  'pay in instalments': 'echelonner fraccionar parcelar',
  instalments: 'plazos rate parcelas prestacoes termijnen',
  'payment arrangement': 'betalingsregeling',
  letter: 'lettre courrier carta lettera mektup scrisoare',
  number: 'numero numara numarasi numarul',
  appeal: 'contester recours recurrir recurso ricorso itiraz contestatie',
  bailiff: 'huissier icra haciz executor',
  late: 'retard tarde ritardo gec',
  months: 'mois meses mesi ay luni',
  time: 'temps tiempo tempo zaman timp',
  when: 'quand cuando quando cand',
  where: 'ou donde dove onde nerede unde',
  'want to': 'veux quiero voglio quero',
  'would like to': 'voudrais quisiera',
  'i want': 'istiyorum vreau',
  photo: 'photo foto fotograf',
  my: 'mon ma mes mi mis mio mia meu minha',
};

const WORDS: Map<string, string> = new Map(
  Object.entries(GLOSSARY).flatMap(([english, words]) => words.split(' ').map((w) => [w, english] as const)),
);

/** Kept as they are: amounts, shared across languages ("CJIB" is left out: it says nothing of the subject). */
const SHARED = /^(euros?|eur|\d+([.,]\d+)?)$/;

/**
 * The gist of the message in English: its glossed words and what all languages share, the rest left
 * out (a foreign word would only mislead the recogniser); undefined when nothing was glossed.
 */
export function foreignGloss(text: string): string | undefined {
  let glossed = ` ${normalizeText(text)} `;
  const phrases: string[] = [];
  for (const [phrase, meaning] of PHRASES) {
    glossed = glossed.replace(phrase, () => {
      phrases.push(meaning.trim());
      return ` @${phrases.length - 1} `;
    });
  }
  let found = phrases.length > 0;
  const out: string[] = [];
  for (const w of glossed.split(/\s+/).filter(Boolean)) {
    const phrase = /^@(\d+)$/.exec(w);
    const word = WORDS.get(w);
    if (phrase) out.push(phrases[Number(phrase[1])]!);
    else if (word !== undefined) {
      found = true;
      out.push(word);
    } else if (SHARED.test(w)) out.push(w);
  }
  return found ? out.join(' ') : undefined;
}
