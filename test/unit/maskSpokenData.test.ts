import { maskPersonalData } from '../../domain/privacy/maskPersonalData';

// Personal numbers as a phone's speech recogniser writes them down are masked like typed ones.
describe('maskPersonalData on spoken numbers, postcodes, phone numbers and e-mail addresses', () => {
  it.each([
    ['negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht', '••••••••••••0658'],
    ['mijn nummer is nine six nine eight nine four eight six one four five eight zero six five eight.', 'mijn nummer is ••••••••••••0658.'],
    ['zesennegentig achtennegentig vierennegentig zesentachtig veertien achtenvijftig nul zes achtenvijftig', '••••••••••••0658'],
    ['sechs und neunzig neun acht neun vier acht sechs eins vier fünf acht null sechs fünf acht', '••••••••••••0658'],
    ['acht negen een een a b', '[postcode]'],
    ['acht negen één één a be', '[postcode]'],
    ['achtentachtig elf a be', '[postcode]'],
    ['mijn postcode is acht negen elf AB graag', 'mijn postcode is [postcode] graag'],
    ['acht negen een een, a, b.', '[postcode].'],
    ['een twee drie vier k van karel l', '[postcode]'],
    ['nee wacht, het is acht negen een een', 'nee wacht, het is [number]'],
    ['nul zes een twee drie vier vijf zes zeven acht', '[phone]'],
    ['bel me op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig', 'bel me op [phone]'],
    ['plus drie een zes een twee drie vier vijf zes zeven acht', '[phone]'],
    ['sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem', '[number]'],
    ['negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht acht negen een een a b', '••••••••••••0658 [postcode]'],
    ['jan punt de vries at gmail punt com', '[e-mail]'],
    ['mijn e-mail is jan punt devries zonder spatie apenstaartje gmail punt com', 'mijn e-mail is [e-mail]'],
    ['it is john underscore smith at hotmail dot co dot uk thanks', 'it is [e-mail] thanks'],
    ['meine Adresse ist hans punkt müller klammeraffe web punkt de', 'meine Adresse ist [e-mail]'],
    ['mój mail to jan kowalski małpa wp kropka pl', 'mój mail to [e-mail]'],
    ['jan at gmail.com', '[e-mail]'],
    ['negen zes negen acht', '[number]'],
  ])('%s', (said, masked) => {
    expect(maskPersonalData(said)).toBe(masked);
  });

  it('keeps ordinary spoken sentences, amounts and dates', () => {
    for (const text of [
      'ik heb twee boetes van vijftig euro',
      'kan ik in drie of vier termijnen betalen',
      'ik betaal vijf en twintig euro per maand',
      'ik heb een boete van twee maanden geleden',
      'I am at home right now',
      'online at nationaleombudsman.nl or by phone',
      'you can find us at cjib.nl',
      'ik ben op vierentwintig november jarig',
      'Op 24 november 2026 al een betalingsregeling aangevraagd.',
      'Uiterste betaaldatum: dinsdag 15 december 2026. In 2025 is het verhoogd.',
      'Ik heb 1 boete, sinds 2024 al open',
    ]) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it('is idempotent on spoken input', () => {
    const once = maskPersonalData('negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht en acht negen een een a b');
    expect(maskPersonalData(once)).toBe(once);
  });
});
