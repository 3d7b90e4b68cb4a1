import { asksToGoBack, asksToStartOver } from '../../../domain/arrangement/flowNavigation';

describe('asksToGoBack: one step back in the flow', () => {
  it.each([
    'terug',
    'Terug!',
    'vorige',
    'ga terug',
    'een stap terug graag',
    'wacht, terug',
    'kan ik terug?',
    'go back',
    'back',
    'previous step',
    'zurück',
    'einen Schritt zurück bitte',
    'wstecz',
    'cofnij',
    'wróć',
  ])('"%s"', (t) => expect(asksToGoBack(t)).toBe(true));

  it.each([
    'geld terug',
    'ik wil mijn geld terug',
    'bel me terug',
    'I want my money back',
    'Rückzahlung',
    'terugbetalen',
  ])('"%s" is not a step back', (t) => expect(asksToGoBack(t)).toBe(false));
});

describe('asksToStartOver: the request from the start', () => {
  it.each([
    'ik wil opnieuw beginnen',
    'kunnen we overnieuw beginnen?',
    'helemaal opnieuw',
    'can we start over?',
    'start again please',
    'noch mal von vorne',
    'ich will neu anfangen',
    'zacznijmy od nowa',
    'od początku',
  ])('"%s"', (t) => expect(asksToStartOver(t)).toBe(true));

  it.each(['ja', 'wanneer begint de regeling?', 'ik wil opnieuw een boete opzoeken straks'])(
    '"%s" is not starting over',
    (t) => expect(asksToStartOver(t)).toBe(false),
  );
});
