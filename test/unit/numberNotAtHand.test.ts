import { numberNotAtHand } from '../../domain/language/numberNotAtHand';

describe('the number not at hand', () => {
  it.each([
    'ik wil een regeling maar ik heb mijn cjib nummer niet bij de hand',
    'ik heb de brief niet bij me',
    "I don't have the number on me",
    "I want a payment plan but I don't have my letter to hand",
    'ich habe die Nummer nicht zur Hand',
    'nie mam numeru pod ręką',
  ])('"%s"', (message) => expect(numberNotAtHand(message)).toBe(true));

  it.each(['ik heb geen geld', 'ik heb de brief niet meer', 'ik wil een regeling', '3338082450532785'])(
    'not "%s"',
    (message) => expect(numberNotAtHand(message)).toBe(false),
  );
});
