/**
 * Messages and channel locales in a language the assistant does not speak (French, Spanish,
 * Turkish, Arabic, …). Such a citizen is better served in English than in Dutch, and should hear
 * once which languages the assistant speaks. Pure: word and script cues only.
 */
import type { Locale } from './locale';
import { normalizeText } from './normalizeText';

/** Frequent words that are not words of nl, en, de or pl (checked on folded text: no accents). */
const WORDS: Record<string, string> = {
  fr: `jai vous nous est cest sont une des pour avec mon votre vos amende payer paye puis peux veux voudrais bonjour
    bonsoir merci beaucoup pourquoi quand aide aidez parler quoi cette recu lettre plusieurs fois oui suis avez etait
    francais comprends
    salut madame monsieur revoir comment contester bonne journee parlez anglais parle neerlandais seulement quest que ou paie quel numero compte paiement moyen faire virement contravention regler echeancier remercie le la argent dettes refugie`,
  es: `el una por para con su sus multa pagar pague puedo quiero quisiera hola buenos buenas dias gracias como porque
    cuando ayuda ayudar hablar recibi carta tengo pregunta espanol entiendo senor usted
    que tal hablo holandes solo pago recurrir puede puedes fraccionar pago adios hasta luego mil ingles dinero deudas refugiado`,
  tr: `ve bir bu icin nasil ceza cezami cezam odeme odemek odeyebilirim odeyemiyorum merhaba tesekkurler tesekkur
    ederim lutfen yardim evet hayir mektup aldim istiyorum turkce anlamiyorum sorum var iyi gunler selam
    musunuz biliyor bilmiyorum hollandaca yazabilir miyim ingilizce konusabilir misiniz sadece biliyorum hesap numaraniz nedir taksit yapmak aylik yapabilir sag olun hosca kalin gorusuruz
    geldi kadar lazim odemem oderim odeyebilir mumkun ederim edin yardim var anlamadim anlamiyorum param yok borcum multeci`,
  it: `il della non mio mia sono una multa pagare pagato buongiorno grazie perche quando aiuto parlare ricevuto lettera
    voglio vorrei italiano capisco
    mille arrivederci parla parlo olandese soldi debiti come pago posso`,
  pt: `nao uma para com meu minha multa pagar paguei bom obrigado obrigada como porque quando ajuda falar recebi carta
    quero gostaria portugues entendo voce
    ola tenho pergunta tchau fala dinheiro dividas posso`,
  ar: `salam alaikum shukran tatkallam arabi`,
  cs: `jsem dostal dostala pokutu pokuta zaplatit zaplatil prosim dekuji muzete delat chci
    mluvite cesky rozumim nerozumim dopis`,
  hu: `jo napot kaptam buntetes buntetest birsag birsagot hogyan fizetni fizetek fizessem kerem koszonom segitseg
    tudok nem ertem magyarul beszel levelet csekket`,
  lt: `laba diena gavau bauda baudos kaip sumoketi moketi prasau aciu padekite nesuprantu lietuviskai laiska
    kalbate galiu`,
  ro: `sunt pentru cu amenda plata platesc buna ziua multumesc cum ce cand ajutor vorbesc primit scrisoare vreau romana
    inteleg
    vorbesc olandeza revedere bani datorii plati`,
};

const LEXICON: Map<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [language, list] of Object.entries(WORDS))
    for (const w of list.split(/\s+/).filter(Boolean)) map.set(w, [...(map.get(w) ?? []), language]);
  return map;
})();

/** Letters and words of Ukrainian that tell it from Russian. */
const UKRAINIAN = /[іїєґ]|(?<!\p{L})(що|будь|отримав|отримала|розумію|людина|дякую|вітаю|добрий)(?!\p{L})/iu;

/** Scripts no supported language uses. */
const SCRIPTS: [RegExp, string][] = [
  [/[\u0600-\u06ff]/g, 'ar'],
  // Ukrainian first: its own letters (і, ї, є, ґ) tell it from Russian.
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0590-\u05ff]/g, 'he'],
];

/** Letters of the Turkish, Romanian and Romance alphabets that nl, en, de and pl do not use. */
const LETTERS: [RegExp, string][] = [
  [/[ğışİ]/g, 'tr'],
  [/[ñ¿¡]/g, 'es'],
  [/[çàèùâêîôœ]/g, 'fr'],
  [/[ãõ]/g, 'pt'],
  [/[ăâțș]/g, 'ro'],
  [/[ěřůý]/g, 'cs'],
  [/[őű]/g, 'hu'],
  [/[ėįųū]/g, 'lt'],
];

/**
 * The language of a message when it is clearly one the assistant does not speak (an ISO 639-1
 * code), else undefined (`writesIt`: the citizen wrote another language before). A Dutch sentence
 * with a French word in it ("merci voor de hulp") stays
 * Dutch: most of the words must belong to the other language.
 */
export function otherLanguageOf(text: string, writesIt = false): string | undefined {
  for (const [re, language] of SCRIPTS) {
    const letters = text.match(re)?.length ?? 0;
    if (letters >= 2 && letters >= text.replace(/[\s\d\p{P}]/gu, '').length / 2)
      return language === 'ru' && UKRAINIAN.test(text) ? 'uk' : language;
  }
  // Which other language matters less than that it is one: every one of them is answered in English.
  const votes = new Map<string, number>();
  let evidence = 0;
  for (const [re, language] of LETTERS) {
    const letters = text.match(re)?.length ?? 0;
    if (letters === 0) continue;
    evidence += 0.5 * letters;
    votes.set(language, (votes.get(language) ?? 0) + letters);
  }
  const words = normalizeText(text).split(' ').filter(Boolean);
  for (const w of words) {
    const languages = LEXICON.get(w);
    if (!languages) continue;
    evidence += 1;
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  // Most of the words must be another language's own, not Dutch or English ones around a loan word.
  // A citizen known to write another language needs less: "anlamadım" alone is Turkish from them.
  // Two words of which one is another language's own and the other has its letters ("Nasıl öderim?") say it too.
  const needed = writesIt ? 1 : words.length <= 2 ? 1.5 : 2;
  if (evidence < needed || evidence < words.length * (writesIt ? 0.5 : 0.4)) return undefined;
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** Languages of the Netherlands and its Caribbean parts, whose speakers read Dutch. */
const READS_DUTCH = new Set(['fy', 'li', 'pap', 'srn', 'zea', 'nds']);

/**
 * The supported language for a channel locale the assistant does not speak: Dutch for the
 * languages of the Netherlands and for any language tagged with the Dutch region ("tr-NL"),
 * English for the rest. Undefined for an empty or malformed tag.
 */
export function fallbackLocaleFor(tag: string | undefined | null): Locale | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  if (!/^[a-z]{2,3}$/.test(parts[0] ?? '')) return undefined;
  if (READS_DUTCH.has(parts[0]) || parts.includes('nl')) return 'nl';
  return 'en';
}
