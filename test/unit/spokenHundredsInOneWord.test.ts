import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';

describe('a hundred and its tens said as one word, among other numbers', () => {
  it.each([
    ['siebenundvierzig fünfhundertdreiunddreißig', '47533'],
    ['Siebenundvierzig, fünfhundertdreiunddreißig.', '47533'],
    ['zehn hundertfünfzehn', '10115'],
    ['null sechs, zweihundertvierunddreißig, fünf sechs sieben acht', '062345678'],
    ['zes twaalf vijfhonderdzesenzestig', '612566'],
  ])('"%s" → %s', (text, normal) => {
    expect(normalizeSpokenInput(text)).toBe(normal);
  });

  it.each(['ik kan honderdvijfentwintig euro betalen', 'zweihundertfünfzig Euro im Monat', 'vijftienhonderd euro'])(
    'an amount in words stays as said: "%s"',
    (text) => {
      expect(normalizeSpokenInput(text)).toBe(text);
    },
  );
});
