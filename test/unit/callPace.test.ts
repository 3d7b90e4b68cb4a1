import { asksToSpeakSlower, isLineCheck, slowedDown, withoutOpening } from '../../adapters/channels/callPace';

describe('what a caller asks of the line itself', () => {
  it.each([
    'hallo?',
    'Hallo? Bent u daar nog?',
    'hello?',
    'hello, are you still there?',
    'sind Sie noch da?',
    'halo, jest tam ktoś?',
    'is daar iemand?',
  ])('line check: %s', (said) => expect(isLineCheck(said)).toBe(true));
  it.each(['hallo', 'hallo ik wil betalen', 'hello, I have a question', 'ja'])('no line check: %s', (said) =>
    expect(isLineCheck(said)).toBe(false),
  );
  it.each([
    'kunt u wat langzamer praten',
    'u praat te snel',
    'please speak more slowly',
    'you talk too fast',
    'bitte langsamer sprechen',
    'proszę mówić wolniej',
    'slower please',
    'Sorry, a bit more slowly please.',
  ])('slower: %s', (said) => expect(asksToSpeakSlower(said)).toBe(true));
  it.each([
    'kunt u het nummer langzaam zeggen',
    'ik wil sneller betalen',
    'hoe lang duurt het',
    'can I pay it off slower',
  ])('not slower: %s', (said) => expect(asksToSpeakSlower(said)).toBe(false));
  it('slows the voice once', () => {
    const speak = '<speak><voice name="v"><s>Hallo.</s></voice></speak>';
    expect(slowedDown(speak)).toBe(
      '<speak><voice name="v"><prosody rate="slow"><s>Hallo.</s></prosody></voice></speak>',
    );
    expect(slowedDown(slowedDown(speak))).toBe(slowedDown(speak));
  });
  it('says the welcome again without its opening', () => {
    const [again] = withoutOpening([
      {
        text: 'Hallo, u spreekt met een computer. Ik help u.\nZeg uw keuze.',
        speak:
          '<speak><voice name="v"><s>Hallo, u spreekt met een computer.</s><s>Ik help u.</s><s>Zeg uw keuze.</s></voice></speak>',
      },
    ]);
    expect(again.text).toBe('Zeg uw keuze.');
    expect(again.speak).toBe('<speak><voice name="v"><s>Zeg uw keuze.</s></voice></speak>');
  });
});
