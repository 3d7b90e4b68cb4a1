import { foreignGloss } from '../../domain/language/foreignGloss';
import { saysLetterInDutch } from '../../domain/knowledge/contactLetterAsks';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('the English gist of a message in a language not spoken here', () => {
  it.each([
    ['Merhaba, CJIB cezamı taksitle ödeyebilir miyim?', /my fine in instalments/],
    ["Bonjour, j'ai reçu une amende, comment payer?", /i received fine how pay/],
    ['Je ne peux pas payer mon amende', /i cannot pay my fine/],
    ['Hola, ¿cuánto tiempo tengo para pagar la multa?', /how long pay fine/],
    ['Hola, tengo una multa de 150 euros, ¿puedo pagar a plazos?', /fine 150 euros can i pay in instalments/],
    ['Ciao, ho ricevuto una multa, come posso pagare?', /i received fine how can i pay/],
    ['Bună ziua, am primit o amendă, cum plătesc?', /i received fine how pay/],
    ['¿Cómo puedo pagar desde España?', /how can i pay from abroad/],
    ["Comment payer depuis l'étranger ?", /how pay from abroad/],
  ])('"%s"', (message, gist) => {
    expect(foreignGloss(message)).toMatch(gist);
  });

  it('nothing glossed: no gist', () => {
    expect(foreignGloss('Merhaba, bir sorum var')).toBeUndefined();
    expect(foreignGloss('مرحبا')).toBeUndefined();
  });
});

describe('foreignGloss: Dutch not spoken, said of a letter', () => {
  it.each([
    'no hablo holandés, tengo una carta del CJIB',
    'No entiendo el holandés, recibí una carta',
    'Hollandaca bilmiyorum, CJIB den mektup aldım',
    'Felemenkçe anlamıyorum, mektup aldım',
    "Je ne parle pas néerlandais, j'ai reçu une lettre du CJIB",
    'non parlo olandese, ho ricevuto una lettera',
    'não falo holandês, recebi uma carta do CJIB',
    'nu vorbesc olandeza, am primit o scrisoare de la CJIB',
  ])('"%s" glosses as a letter in Dutch not understood', (said) => {
    const gloss = foreignGloss(said);
    expect(gloss).toBeDefined();
    expect(saysLetterInDutch(normalizeQuestion(gloss!))).toBe(true);
  });
});

describe('saysLetterInDutch: "no Dutch" said in Dutch, the letter in another language', () => {
  it.each([
    'Ik spreek geen Nederlands. Ich habe einen Brief vom CJIB bekommen',
    'ik versta geen nederlands, I got a letter',
    'ik spreek geen nederlands. dostałem list z CJIB',
  ])('"%s"', (said) => {
    expect(saysLetterInDutch(normalizeQuestion(said))).toBe(true);
  });

  it('a Dutch letter understood is no such message', () => {
    expect(saysLetterInDutch(normalizeQuestion('ik spreek nederlands, ik heb een brief gekregen'))).toBe(false);
  });
});
