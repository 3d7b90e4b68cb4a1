import { asksForCallback, asksToBeCalledBack } from '../../domain/language/callbackRequest';

describe('asking to be called, without the word "back"', () => {
  it.each([
    'kan iemand mij bellen?',
    'Kunt u me even bellen?',
    'could someone call me please?',
    'Can you phone me?',
    'Kann mich jemand anrufen?',
    'Können Sie mich anrufen?',
    'Czy ktoś może do mnie zadzwonić?',
    'ok then yes call me',
    'bel me maar',
    'Kunt u mij terugbellen?',
    'Can you call me back tomorrow morning?',
    'Rufen Sie mich bitte an',
    'Ich hätte gern einen Rückruf',
    'zadzwońcie do mnie',
    'Proszę oddzwonić',
  ])('%s', (text) => {
    expect(asksForCallback(text)).toBe(true);
  });

  it.each([
    'welk nummer kan ik bellen?',
    'can I call you?',
    'you can call me on 0612345678',
    'u kunt mij bellen op 0612345678',
    'wanneer belt u mij terug?',
    'please do not call me',
    'bel me niet',
    'ruf mich nicht an',
    'nie dzwońcie do mnie',
  ])('not %s', (text) => {
    expect(asksForCallback(text)).toBe(false);
  });
});

describe('asking to be called back, unmistakable while a flow asks something', () => {
  it.each([
    'kan iemand mij bellen?',
    'Kunt u mij terugbellen?',
    'could someone call me please?',
    'Can you call me back tomorrow morning?',
    'Können Sie mich anrufen?',
    'Kann mich jemand anrufen?',
    'Czy ktoś może do mnie zadzwonić?',
    'Proszę oddzwonić',
  ])('%s', (text) => {
    expect(asksToBeCalledBack(text)).toBe(true);
  });

  // Said at "which e-mail address or phone number?", these may just say how to be reached.
  it.each(['bel me maar', 'call me', 'ruf mich an', 'zadzwońcie do mnie', 'bel me niet'])('not %s', (text) => {
    expect(asksToBeCalledBack(text)).toBe(false);
  });
});
