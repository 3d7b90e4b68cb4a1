/** Pure rules of the eleventh round: the renter's case, Dutch not understood, a holiday abroad, instalments as a second question. */
import { asksAsRenter, asksRentalFee } from '../../domain/knowledge/rentalCar';
import { saysLetterInDutch } from '../../domain/knowledge/contactLetterAsks';
import { isVisitor } from '../../domain/knowledge/livingAbroad';
import { saysLivingAbroad } from '../../domain/knowledge/residesAbroad';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';
import { secondQuestionTopic } from '../../domain/knowledge/secondQuestion';
import { someoneElseHadCar } from '../../domain/knowledge/driverSituations';

const n = normalizeQuestion;

describe('a fine for a rented car', () => {
  it.each([
    'Ich habe einen Brief wegen eines Mietwagens bekommen',
    'fine for a rental car, what do I do',
    'boete voor de huurauto',
    'ik heb een auto gehuurd en nu een boete',
    'mandat za auto z wypożyczalni',
    'ein Mietwagen von Sixt, ich war gar nicht der Fahrer',
  ])('the renter asks: "%s"', (text) => expect(asksAsRenter(n(text))).toBe(true));

  it.each([
    'how do I pay the fine for my rental car',
    'Hertz charged me an admin fee for a fine',
    'Ich wohne in Österreich und hatte einen Mietwagen',
    'mijn auto is gestolen',
  ])('not the renter\'s answer: "%s"', (text) => expect(asksAsRenter(n(text))).toBe(false));

  it("the rental company's fee is its own ask", () => {
    expect(asksRentalFee(n('Sixt charged me 30 euros admin fee for a fine'))).toBe(true);
  });
});

describe('Dutch not understood', () => {
  it.each([
    'ich verstehe kein niederlaendisch',
    'Ich kann kein Niederländisch',
    'mein niederländisch ist schlecht',
    "I don't understand Dutch",
    'nie znam holenderskiego',
  ])('"%s"', (text) => expect(saysLetterInDutch(n(text))).toBe(true));

  it.each([
    'I live in Belgium and I do not understand Dutch',
    "I don't speak Dutch, how can I pay from my bank account today please",
    'ich verstehe das nicht',
  ])('not (abroad, a longer question, no language): "%s"', (text) =>
    expect(saysLetterInDutch(n(text))).toBe(false),
  );
});

describe('a holiday abroad is no life abroad', () => {
  it('a tourist in the Netherlands is a visitor', () => {
    expect(isVisitor(n('I am a tourist, I got a fine in Amsterdam'))).toBe(true);
  });
  it.each([
    'ik zat op vakantie in Spanje en mijn broer had de auto',
    'I was on holiday in Spain and my brother had the car',
    'ich war im Urlaub in Frankreich',
  ])('"%s"', (text) => {
    expect(isVisitor(n(text))).toBe(false);
    expect(saysLivingAbroad(text)).toBe(false);
  });
});

describe('paying in instalments as the second question', () => {
  it.each([
    [
      'Ich habe ein Bussgeld bekommen, kann ich das in Raten zahlen und bis wann muss ich zahlen?',
      'payment_deadline',
    ],
    ['hoe lang heb ik en kan ik in termijnen betalen?', 'payment_deadline'],
  ] as const)('"%s"', (text, first) => expect(secondQuestionTopic(text, first)).toBe('instalments'));
});

describe('someone else had the car', () => {
  it.each([
    'Ik zat op vakantie in Spanje. Mijn auto stond bij mijn broer. Wat moet ik nu doen?',
    'I was away that week, my sister had my car. What now?',
    'Ich war im Urlaub, mein Bruder hatte das Auto. Was soll ich tun?',
  ])('"%s"', (text) => expect(someoneElseHadCar(text)).toBe(true));

  it.each([
    'mijn broer had mijn auto, kan ik de boete in termijnen betalen?',
    'ik reed in de auto van mijn vader',
    'my brother has a fine',
  ])('not: "%s"', (text) => expect(someoneElseHadCar(text)).toBe(false));
});
