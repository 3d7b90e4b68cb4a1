import { asksToWait } from '../../domain/language/waitRequest';

describe('asking for a moment', () => {
  it.each([
    'momentje',
    'Moment graag',
    'wacht even, ik zoek de brief',
    'eh wacht even ik kijk',
    'ik pak even de brief',
    'hold on, let me find the letter',
    'one sec',
    'Moment bitte, ich suche den Brief',
    'Einen Moment',
    'chwileczkę, szukam listu',
    'zaraz',
    'nee wacht',
    'no wait',
    'Nein, warte mal',
  ])('%s', (text) => {
    expect(asksToWait(text)).toBe(true);
  });

  it.each([
    'op dit moment heb ik geen geld',
    'ik wil mijn boete opzoeken',
    'hoe lang moet ik wachten?',
    'nee wacht, het is 9698948614580658',
    'ik ben de brief kwijt',
    'I lost the letter',
    'wait where do i find that number again?',
    'wacht, waar staat dat nummer ook alweer?',
    'warte mal, wo finde ich die Nummer?',
  ])('not in %s', (text) => {
    expect(asksToWait(text)).toBe(false);
  });
});

describe('a correction is no request to wait', () => {
  it.each(['nee wacht, mijn mailadres is piet@gmail.com', 'nee wacht, ik wil het toch niet', 'wacht, ik wil iets anders vragen', 'no wait, I want a person'])(
    '%s',
    (text) => {
      expect(asksToWait(text)).toBe(false);
    },
  );
});

describe('looking for something else is no request to wait', () => {
  it.each(['ik zoek mijn boete', "I'm looking for information about instalments", 'ik kijk of ik kan betalen'])('%s', (text) => {
    expect(asksToWait(text)).toBe(false);
  });
});
