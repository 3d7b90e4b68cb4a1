/**
 * A two-word question is a question: in a language the assistant does not speak ("Comment payer?",
 * "¿Cómo pago?", "Nasıl öderim?"), alone or beside "I do not speak Dutch" and a letter that came, it gets
 * the note on the languages spoken here and its answer in English; beside "I do not speak Dutch" in a
 * language spoken here, its answer in that language (not only the answer on a letter in Dutch).
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const NOTICE = /do not speak (French|Spanish|Turkish|Italian|Romanian)\b/;
const PAY = /iDEAL/;
const APPEAL = /within 6 weeks/;
const LETTER_ONLY =
  /Then the CJIB writes to you in Dutch|schreibt Ihnen das CJIB auf Niederländisch|CJIB pisze do Pana\/Pani po niderlandzku/;

describe('two-word questions', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'Comment payer?', PAY],
    ['en-GB', 'Comment payer ?', PAY],
    ['fr-FR', 'Comment contester?', APPEAL],
    ['nl-NL', '¿Cómo pago?', PAY],
    ['es-ES', 'Puedo recurrir?', APPEAL],
    ['tr-TR', 'Nasıl öderim?', PAY],
    ['nl-NL', 'Come pago?', PAY],
    ['nl-NL', 'Posso pagare a rate?', /payment arrangement/],
    ['nl-NL', 'Pot plăti în rate?', /payment arrangement/],
    ['nl-NL', 'No hablo holandés, tengo una carta del CJIB. ¿Cómo pago?', PAY],
    ['nl-NL', 'Je ne parle pas néerlandais. Comment payer?', PAY],
    ['nl-NL', 'Hollandaca bilmiyorum. Nasıl öderim?', PAY],
    ['nl-NL', 'Non parlo olandese. Come pagare?', PAY],
  ])('%s: "%s" gets the note on languages and the answer in English', async (locale, message, answer) => {
    const [reply] = await answersTo(assistant, locale, message);
    expect(reply).toMatch(NOTICE);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(LETTER_ONLY);
    expect(reply).not.toMatch(/cannot help you with that|kan ik u niet mee helpen/);
  });

  it('after only a hello ("Bonjour"), the answer is in English, not in the channel\'s Dutch', async () => {
    const [, reply] = await answersTo(assistant, 'nl-NL', 'Bonjour', 'Comment payer?');
    expect(reply).toMatch(/do not speak French/);
    expect(reply).toMatch(/You can pay in these ways/);
  });

  it('after a Dutch sentence, a question in French keeps the Dutch the citizen wrote', async () => {
    const [, reply] = await answersTo(
      assistant,
      'nl-NL',
      'ik heb een vraag over mijn boete',
      'Comment payer?',
    );
    expect(reply).toMatch(/U kunt op deze manieren betalen/);
  });

  it('after a hello, "Nasıl öderim?" still gets the note and the answer', async () => {
    const [, reply] = await answersTo(assistant, 'nl-NL', 'Merhaba', 'Nasıl öderim?');
    expect(reply).toMatch(/Türkçe/);
    expect(reply).toMatch(PAY);
  });

  it.each([
    ['nl-NL', "I don't speak Dutch. Instalments possible?", /payment arrangement/],
    [
      'nl-NL',
      'Ich spreche kein Niederländisch. Ratenzahlung möglich?',
      /Ratenzahlung \(betalingsregeling\) ist/,
    ],
    ['nl-NL', 'Nie mówię po niderlandzku. Jak zapłacić?', /iDEAL/],
  ])('%s: "%s" answers the question beside the language', async (locale, message, answer) => {
    const [reply] = await answersTo(assistant, locale, message);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(LETTER_ONLY);
  });
});
