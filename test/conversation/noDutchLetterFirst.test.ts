/**
 * "I don't speak Dutch, I got a letter from the CJIB" as the first message on a Dutch channel: the
 * citizen hears in their own language that the assistant helps in it and how (the answer on a letter
 * in Dutch), not a bare question for the number; the lookup then goes on in that language. A question
 * of its own beside it is answered, after saying the conversation goes on in that language.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { DEMO_DEBTORS } from '../support/demoDebtors';
import { textOf } from '../support/testApp';

const DUTCH = /\b(uw|heeft|boete|Wat is|brief)\b/;
const HELPS_IN = {
  de: /Ich kann Ihnen auf Deutsch helfen: Geben Sie die CJIB-Nummer ein/,
  en: /I can help you in English: type the CJIB number/,
  pl: /Mogę pomóc po polsku: proszę wpisać numer CJIB/,
};
const POSTCODE_ASKED = {
  de: /Postleitzahl/,
  en: /postcode/,
  pl: /kod pocztowy/,
};
const FOUND = { de: /129,00 €/, en: /€129\.00|€ ?129\.00|129\.00/, pl: /129,00 €/ };

describe('Dutch not spoken, a letter from the CJIB: first message on a Dutch channel', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['de', 'Hallo, ich spreche kein Holländisch. Ich habe einen Brief vom CJIB bekommen'],
    ['de', 'ich spreche kein niederlaendisch und habe einen brief vom cjib bekommen'],
    ['en', "I don't speak Dutch, I got a letter from the CJIB"],
    ['en', 'hi, i do not speak dutch. received a letter from cjib'],
    ['pl', 'nie mówię po holendersku, dostałem list z CJIB'],
    ['pl', 'Dzien dobry, nie mowie po holendersku. Dostalam pismo z CJIB'],
    // "No Dutch" said in Dutch, the rest in the citizen's own language.
    ['de', 'Ik spreek geen Nederlands. Ich habe einen Brief vom CJIB bekommen'],
    ['en', 'ik versta geen nederlands, I got a letter from the CJIB'],
    ['pl', 'Ik spreek geen Nederlands. Dostałem list z CJIB'],
  ] as const)(
    '%s "%s": how the assistant helps, in that language; then the lookup in it',
    async (lang, said) => {
      const c = await assistant.open({ locale: 'nl-NL' });
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(HELPS_IN[lang]);
      expect(reply).not.toMatch(DUTCH);
      expect(textOf(await c.say(DEMO_DEBTORS.D01.number))).toMatch(POSTCODE_ASKED[lang]);
      expect(textOf(await c.say(DEMO_DEBTORS.D01.postcode))).toMatch(FOUND[lang]);
    },
  );

  it.each([
    [
      'en',
      "I don't speak Dutch, I got a letter from the CJIB, can I pay in instalments?",
      /continue in English/,
      /at least EUR 75/,
    ],
    [
      'pl',
      'nie mówię po holendersku, dostałem list z CJIB. czy mogę zapłacić w ratach?',
      /Kontynuuję po polsku/,
      /75 EUR/,
    ],
    [
      'de',
      'Ich spreche kein Holländisch, ich habe einen Brief bekommen. Kann ich in Raten zahlen?',
      /auf Deutsch fort/,
      /75 EUR|EUR 75|75 €/,
    ],
    // The letter said before the question: the question is answered, not a lookup started.
    [
      'de',
      'Ich spreche kein Holländisch. Ich habe einen Brief vom CJIB bekommen, wie kann ich bezahlen?',
      /auf Deutsch fort/,
      /So können Sie zahlen/,
    ],
    [
      'en',
      "I don't speak Dutch. I got a letter from the CJIB, how can I pay?",
      /continue in English/,
      /You can pay in these ways/,
    ],
    [
      'pl',
      'Nie mówię po holendersku. Dostałem list z CJIB, jak mogę zapłacić?',
      /Kontynuuję po polsku/,
      /Można zapłacić w następujący sposób/,
    ],
  ] as const)(
    '%s "%s": the question beside it answered, after the language',
    async (_lang, said, goesOn, answer) => {
      const c = await assistant.open({ locale: 'nl-NL' });
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(goesOn);
      expect(reply).toMatch(answer);
    },
  );
});

describe('Dutch not spoken, a letter: first message in a language the assistant does not speak', () => {
  const assistant = useTestApp(FAST_TYPIST);
  const NOT_SPOKEN = /Sorry, I do not speak (Spanish|Turkish|French|Italian|Portuguese|Romanian)\. I can help you in English, Dutch, German or Polish/;
  const PERSON = /Talk to a person/;

  it.each([
    'no hablo holandés, tengo una carta del CJIB',
    'Hola, no entiendo el holandés. Recibí una carta del CJIB',
    'Hollandaca bilmiyorum, CJIB den mektup aldım',
    'Merhaba, Felemenkçe anlamıyorum, CJIB mektup geldi',
    "Bonjour, je ne parle pas néerlandais, j'ai reçu une lettre du CJIB",
    'non parlo olandese, ho ricevuto una lettera dal CJIB',
    'não falo holandês, recebi uma carta do CJIB',
  ])('"%s": which languages are spoken, a person offered, then the letter answer in English', async (said) => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(NOT_SPOKEN);
    expect(reply).toMatch(PERSON);
    expect(reply).toMatch(HELPS_IN.en);
    expect(reply).not.toMatch(/lose your letter|I will continue in English\.\s*I can help you with/);
    expect(reply).not.toMatch(DUTCH);
  });
});

describe('Dutch not spoken, a letter and a question: in a language the assistant does not speak', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    'no hablo holandés, tengo una carta del CJIB, ¿cómo puedo pagar?',
    "Je ne parle pas néerlandais, j'ai reçu une lettre du CJIB. Comment je peux payer?",
  ])('"%s": which languages are spoken, then the question answered in English', async (said) => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(/I can help you in English, Dutch, German or Polish/);
    expect(reply).toMatch(/You can pay in these ways/);
  });
});
