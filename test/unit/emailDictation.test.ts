import { extractEmail } from '../../domain/language/emailEntity';

// Dictation words are instructions, not letters of the address: "zonder spatie", "all one word",
// "hoofdletter", "ohne Leerzeichen", "bez spacji".
describe('an e-mail address dictated with instructions', () => {
  it.each([
    [
      'nee dat klopt niet het is jan punt devries zonder spatie apenstaartje gmail punt com',
      'jan.devries@gmail.com',
    ],
    ['jan devries aan elkaar apenstaartje ziggo punt nl', 'jandevries@ziggo.nl'],
    ['jan de vries in één woord apenstaartje ziggo punt nl', 'jandevries@ziggo.nl'],
    ['hoofdletter j a n apenstaartje gmail punt com', 'jan@gmail.com'],
    ['jan liggend streepje devries apenstaartje gmail punt com', 'jan_devries@gmail.com'],
    ['jan de vries all one word at gmail dot com', 'jandevries@gmail.com'],
    ['capital j o h n underscore smith at hotmail dot com', 'john_smith@hotmail.com'],
    ['hans mueller ohne leerzeichen klammeraffe web punkt de', 'hansmueller@web.de'],
    ['großbuchstabe h a n s klammeraffe gmx punkt de', 'hans@gmx.de'],
    ['jan kowalski bez spacji małpa wp kropka pl', 'jankowalski@wp.pl'],
  ])('%s', (said, email) => {
    expect(extractEmail(said)).toBe(email);
  });
});
