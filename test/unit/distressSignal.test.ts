import { isDistressSignal } from '../../domain/handoff/distressSignal';

describe('isDistressSignal', () => {
  it.each([
    'Ik zie het niet meer zitten met al die boetes',
    'ik denk aan zelfmoord',
    'I just want to end my life',
    'Ich bin verzweifelt.',
    'Myślę o samobójstwie',
  ])('recognises "%s"', (text) => {
    expect(isDistressSignal(text)).toBe(true);
  });

  it.each([
    'ik kan niet meer betalen',
    'I cannot pay',
    'Wie kann ich zahlen?',
    'Hoe zit het met mijn boete?',
    '',
  ])('leaves "%s" alone', (text) => {
    expect(isDistressSignal(text)).toBe(false);
  });
});
