import { asksAllowanceTaken } from '../../domain/knowledge/allowanceTaken';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

const asks = (text: string) => asksAllowanceTaken(normalizeQuestion(text));

describe('asksAllowanceTaken', () => {
  it.each([
    'mag het CJIB de boete van mijn huurtoeslag afhalen?',
    'kunnen jullie het inhouden op mn zorgtoeslag',
    'gaat het cjib beslag leggen op mijn kinderopvangtoeslag?',
    'can the CJIB take the fine from my housing allowance?',
    'will you deduct it from my rent benefit',
    'kann das CJIB das von meinem Wohngeld abziehen?',
    'darf das CJIB meinen Mietzuschuss pfänden?',
    'czy CJIB może zabrać z dodatku mieszkaniowego?',
    'czy mogą potrącić grzywnę z zasiłku mieszkaniowego?',
  ])('"%s" asks whether it can be taken from an allowance', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'ik krijg huurtoeslag, kan ik in termijnen betalen?',
    'can I pay my fine with my housing allowance?',
    'czy są dodatkowe koszty, jeśli zabiorą mi prawo jazdy?',
    'wird ein Zuschlag abgezogen?',
    'kunnen jullie beslag leggen op mijn uitkering',
  ])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
});
