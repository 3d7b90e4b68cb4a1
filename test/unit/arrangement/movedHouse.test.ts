import { mentionsMovingHouse } from '../../../domain/claims/movedHouse';

describe('moved since the letter', () => {
  it.each([
    'ik ben verhuisd, welke postcode moet ik geven?',
    'I have moved since, which postcode do you want?',
    'ich bin umgezogen, welche Postleitzahl?',
    'przeprowadziłam się, jaki kod podać?',
    'mijn oude adres of nieuwe adres?',
  ])('"%s" mentions moving house', (t) => expect(mentionsMovingHouse(t)).toBe(true));
  it.each(['8911 AB', 'ik woon in België', 'waarom heeft u mijn postcode nodig?'])('"%s" does not', (t) =>
    expect(mentionsMovingHouse(t)).toBe(false),
  );
});
