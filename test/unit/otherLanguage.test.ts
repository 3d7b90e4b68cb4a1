import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fallbackLocaleFor, otherLanguageOf } from '../../domain/language/otherLanguage';
import { requestedLocale } from '../../domain/language/requestedLocale';

const other = otherLanguageOf;

describe('messages in a language the assistant does not speak', () => {
  it.each([
    ["Bonjour, j'ai reçu une amende et je ne peux pas payer", 'fr'],
    ['Je voudrais payer en plusieurs fois', 'fr'],
    ['Hola, tengo una multa y no puedo pagar', 'es'],
    ['Merhaba, cezamı nasıl ödeyebilirim?', 'tr'],
    ['Buongiorno, ho ricevuto una multa, come posso pagare?', 'it'],
    ['Bom dia, recebi uma multa e não consigo pagar', 'pt'],
    ['Bună ziua, am primit o amendă', 'ro'],
    ['مرحبا، كيف أدفع غرامتي؟', 'ar'],
    ['Здравствуйте, как оплатить штраф?', 'ru'],
  ])('%s → %s', (text, language) => {
    expect(other(text)).toBe(language);
  });

  it.each([
    'Hoe kan ik mijn boete betalen?',
    'merci voor de hulp',
    'Ik wil een betalingsregeling',
    'ja',
    'nee',
    'ok',
    '9698948614580658',
    '8911 AB',
    'How can I pay my fine?',
    'Can I pay in instalments please',
    'Wie kann ich meine Strafe bezahlen?',
    'Ich möchte in Raten zahlen',
    'Jak mogę zapłacić mandat?',
    'Chcę rozłożyć grzywnę na raty',
    'are you an AI?',
    'ik kreeg een brief van het CJIB, wat moet ik doen',
    'hallo',
    'dank je wel',
    'burger12@example.nl',
    'Ik woon in Spanje, hoe betaal ik?',
    'ma sa pan czas?',
  ])('%s is not another language', (text) => {
    expect(other(text)).toBeUndefined();
  });
});

describe('the language for a channel locale the assistant does not speak', () => {
  it.each([
    ['fr-FR', 'en'],
    ['tr-TR', 'en'],
    ['ar', 'en'],
    ['tr-NL', 'nl'],
    ['fy-NL', 'nl'],
    ['pap-CW', 'nl'],
    ['', undefined],
    [undefined, undefined],
    ['not a tag!', undefined],
  ])('%s → %s', (tag, locale) => {
    expect(fallbackLocaleFor(tag)).toBe(locale);
  });
});

describe('the evaluation sets (nl, en, de, pl)', () => {
  it('hold no message taken for another language', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'nlu');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as { text: string; lang: string })
      .filter((row) => ['nl', 'en', 'de', 'pl'].includes(row.lang))
      .map((row) => row.text);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => other(text) !== undefined)).toEqual([]);
  });
});

describe('asking for a language in another language', () => {
  it.each([
    ['parlez-vous anglais ?', 'en'],
    ['¿habla usted inglés?', 'en'],
    ['ingilizce konuşabilir misiniz', 'en'],
    ['je ne parle pas néerlandais', 'en'],
    ['no hablo holandés', 'en'],
    ['hollandaca bilmiyorum', 'en'],
    ['non parlo olandese', 'en'],
    ['¿puede hablar alemán?', 'de'],
    ['kunnen we nu Engels praten', 'en'],
    ['can we speak Dutch please', 'nl'],
    ['I only speak English', 'en'],
  ])('%s → %s', (text, locale) => {
    expect(requestedLocale(text)).toBe(locale);
  });
});

describe('more languages the assistant does not speak', () => {
  it.each([
    ['Dobrý den, dostal jsem pokutu, jak zaplatit?', 'cs'],
    ['Jó napot, kaptam egy bírságot, hogyan fizetem?', 'hu'],
    ['Laba diena, gavau baudą, kaip sumokėti?', 'lt'],
    ['Добрий день, я отримав штраф, що робити?', 'uk'],
    ['merhaba, ceza geldi ne kadar ödemem lazım', 'tr'],
  ])('%s → %s', (text, language) => {
    expect(other(text)).toBe(language);
  });
});

describe('two-word questions in a language the assistant does not speak', () => {
  it.each([
    ['Comment payer?', 'fr'],
    ['Comment contester ?', 'fr'],
    ['¿Cómo pago?', 'es'],
    ['Puedo recurrir?', 'es'],
    ['Nasıl öderim?', 'tr'],
    ['Taksit mümkün?', 'tr'],
    ['Come pago?', 'it'],
    ['Posso pagare a rate?', 'it'],
    ['Pot plăti în rate?', 'ro'],
  ])('%s → %s', (text, language) => {
    expect(other(text)).toBe(language);
  });

  it.each(['come in', 'come on', 'add comment', 'non payment?', 'Hoe betaal ik?', 'des Bußgeldes', 'mi pomoc'])(
    '%s is not another language',
    (text) => {
      expect(other(text)).toBeUndefined();
    },
  );
});
