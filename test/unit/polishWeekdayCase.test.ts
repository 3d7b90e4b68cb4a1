import { weekdaysInCase } from '../../domain/language/polishWeekdayCase';

describe('a Polish weekday after a preposition', () => {
  it.each([
    [
      'proszę zapłacić najpóźniej do wtorek, 15 grudnia 2026.',
      'proszę zapłacić najpóźniej do wtorku, 15 grudnia 2026.',
    ],
    ['najpóźniej do środa, 9 grudnia 2026', 'najpóźniej do środy, 9 grudnia 2026'],
    ['od sobota', 'od soboty'],
    ['w wtorek, 1 grudnia', 'we wtorek, 1 grudnia'],
    ['w środa', 'w środę'],
    ['przed niedziela', 'przed niedzielą'],
    ['po piątek', 'po piątku'],
  ])('"%s" → "%s"', (text, said) => {
    expect(weekdaysInCase(text)).toBe(said);
  });

  it.each([
    'Termin płatności: wtorek, 15 grudnia 2026.',
    'od poniedziałku do piątku',
    'w sobotę',
    'do 1 stycznia 2027',
  ])('"%s" stays as it is', (text) => {
    expect(weekdaysInCase(text)).toBe(text);
  });
});
