import { asksWhatSendingDoes } from '../../../domain/arrangement/sendingAsked';

/** At the confirmation: asking what a yes does is a question; yes or no themselves are answers. */
describe('asksWhatSendingDoes', () => {
  it.each([
    'weet u zeker dat het verstuurd wordt?',
    'wordt het echt verstuurd',
    'wat gebeurt er als ik ja zeg?',
    'is it really sent?',
    'are you sure it will be sent?',
    'what happens if I say yes?',
    'wird das wirklich gesendet?',
    'wird der Antrag wirklich abgeschickt',
    'was passiert, wenn ich ja sage?',
    'czy na pewno wysłać?',
    'czy to na pewno zostanie wysłane',
    'co się stanie, jak powiem tak?',
  ])('"%s" asks what sending does', (message) => {
    expect(asksWhatSendingDoes(message)).toBe(true);
  });

  it.each([
    'ja',
    'ja, zeker versturen',
    'yes send it',
    'nee, niet versturen',
    "don't send it",
    'nein',
    'tak',
    'wyślij',
  ])('"%s" is an answer, not that question', (message) => {
    expect(asksWhatSendingDoes(message)).toBe(false);
  });
});
