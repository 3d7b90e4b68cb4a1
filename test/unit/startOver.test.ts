import { startsOver } from '../../domain/language/startOver';

describe('startsOver', () => {
  it.each([
    'sorry ik begin opnieuw',
    'wacht, ik begin even opnieuw',
    'ik start opnieuw',
    'nog een keer van voren af aan',
    'let me start again',
    'sorry, I will start over',
    'from the beginning again',
    'ich fange nochmal an',
    'Moment, noch mal von vorne',
    'przepraszam, zacznę od nowa',
  ])('%s', (said) => {
    expect(startsOver(said)).toBe(true);
  });
  it.each([
    'stop',
    'ik wil stoppen',
    'begin met de betalingsregeling',
    'cancel',
    'hou op',
    'start the lookup',
  ])('not: %s', (said) => {
    expect(startsOver(said)).toBe(false);
  });
});
