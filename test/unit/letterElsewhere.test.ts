import { letterWentElsewhere } from '../../domain/language/letterElsewhere';

describe('letterWentElsewhere: the letter went to another address than where the citizen lives', () => {
  it.each([
    'nie wiem, list przyszedł do biura pracy (uitzendbureau)',
    'mieszkam teraz w holandii w hostelu',
    'de brief ging naar mijn uitzendbureau',
    'hij is naar mijn oude adres gestuurd',
    'it went to my employer',
    'der Brief kam an meine Zeitarbeitsfirma',
    'list poszedł do pracodawcy',
  ])('"%s"', (text) => expect(letterWentElsewhere(text)).toBe(true));

  it.each(['weet ik niet', 'nie pamiętam kodu', '3511 AB', 'ik woon in Utrecht'])('not "%s"', (text) =>
    expect(letterWentElsewhere(text)).toBe(false),
  );
});
