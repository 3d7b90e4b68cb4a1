import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { paysFromAbroadInOtherLanguage } from '../../domain/knowledge/payFromAbroadOtherLanguage';

describe('paysFromAbroadInOtherLanguage', () => {
  it.each(['¿cómo puedo pagar desde España?', '¿cómo puedo pagar desde el extranjero?', "come pagare dall'Italia?"])(
    'paying from abroad: "%s"',
    (text) => expect(paysFromAbroadInOtherLanguage(normalizeQuestion(text))).toBe(true),
  );
  it.each(['¿cómo puedo pagar?', 'how do I pay?', 'ik woon in Spanje'])('not that: "%s"', (text) =>
    expect(paysFromAbroadInOtherLanguage(normalizeQuestion(text))).toBe(false),
  );
});
