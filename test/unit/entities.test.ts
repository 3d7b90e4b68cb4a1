import { extractEntities } from '../../domain/language/extractEntities';
import { extractCjibNumber } from '../../domain/language/cjibNumberEntity';
import { extractPostcode } from '../../domain/language/postcodeEntity';
import { extractAmountCents, parseAmountToCents } from '../../domain/language/amountEntity';
import { extractMonths } from '../../domain/language/monthsEntity';
import { extractEmail } from '../../domain/language/emailEntity';
import { extractPhone, needsCountryCode } from '../../domain/language/phoneEntity';
import { extractLicencePlate } from '../../domain/language/licencePlateEntity';
import { extractYesNo } from '../../domain/language/yesNo';
import { allDigits } from '../../domain/language/spokenDigits';
import { parseNumberWords } from '../../domain/language/numberWords';

describe('CJIB number', () => {
  it.each([
    ['1062542157047959', '1062542157047959'],
    ['mijn nummer is 1062 5421 5704 7959', '1062542157047959'],
    ['CJIB-nummer: 1062.5421.5704.7959', '1062542157047959'],
    ['1062-5421-5704-7959 graag', '1062542157047959'],
    [
      'nummer is een nul zes twee vijf vier twee een vijf zeven nul vier zeven negen vijf negen',
      '1062542157047959',
    ],
    ['negen zes negen acht een twee drie vier vijf zes zeven acht negen nul een twee', '9698123456789012'],
    ['one zero six two five four two one five seven zero four seven nine five nine', '1062542157047959'],
    ['nine six double eight one two three four five six seven eight nine zero one two', '9688123456789012'],
    ['negen zes neegn acht 1234 5678 9012', '9698123456789012'],
    ['1062 5421 5704 7959 1234 AB', '1062542157047959'],
    ['mijn cjib nummer is 123456789', '123456789'],
    ['jeden zero sześć dwa 5421 5704 7959', '1062542157047959'],
    ['eins null sechs zwei 5421 5704 7959', '1062542157047959'],
    ['my number is 9698948614580658 sorry I mean 1852906095141302', '1852906095141302'],
    ['9698948614580658, nee ik bedoel 1852 9060 9514 1302', '1852906095141302'],
    ['Nummer 9698948614580658, ich meine 1852906095141302', '1852906095141302'],
    ['ik heb twee boetes: 9698948614580658 en 1852906095141302', '9698948614580658'],
  ])('%s → %s', (text, expected) => {
    expect(extractCjibNumber(text)).toBe(expected);
  });

  it.each([
    'mijn telefoon is 0612345678',
    'ik heb 2 boetes van 95 euro',
    'mijn bsn is 123456789',
    '10625421570479591',
    'the fine 1234 5678',
    // Two digits too many after the four groups: the count is told, not the first 16 taken.
    '9698 9486 1458 0658 12',
    '0543 7930 5804 3155 23',
  ])('finds none in %s', (text) => {
    expect(extractCjibNumber(text)).toBeUndefined();
  });
});

describe('digits', () => {
  it.each([
    ['mijn pin is een twee 3', '123'],
    ['een boete', ''],
    ['nul zes een twee', '0612'],
    ['double five', '55'],
    ['drei vier', '34'],
  ])('%s → %s', (text, expected) => {
    expect(allDigits(text)).toBe(expected);
  });
});

describe('postcode', () => {
  it.each([
    ['1234 AB', { value: '1234 AB', country: 'NL' }],
    ['1234-ab', { value: '1234 AB', country: 'NL' }],
    ['mijn postcode is 1234ab', { value: '1234 AB', country: 'NL' }],
    ['postcode 2511 cv den haag', { value: '2511 CV', country: 'NL' }],
    ['een twee drie vier a b', { value: '1234 AB', country: 'NL' }],
    ['negen zeven twee twee bee dee', { value: '9722 BD', country: 'NL' }],
    ['one two three four alpha bravo', { value: '1234 AB', country: 'NL' }],
    ['8 9 3 4 k l', { value: '8934 KL', country: 'NL' }],
    ['ik woon in 10115 Berlin', { value: '10115', country: 'foreign' }],
    ['kod pocztowy 00-950', { value: '00-950', country: 'foreign' }],
    ['SW1A 1AA', { value: 'SW1A 1AA', country: 'foreign' }],
    ['1000 Brussel, België', { value: '1000', country: 'foreign' }],
    ['B-2000 Antwerpen', { value: 'B-2000', country: 'foreign' }],
    ['75001', { value: '75001', country: 'foreign' }],
  ])('%s', (text, expected) => {
    expect(extractPostcode(text)).toEqual(expected);
  });

  it.each(['ik heb 1234 en meer', 'ik reed 1500 km', 'de boete is 10000 euro', '1234 SS'])(
    'finds none in %s',
    (text) => {
      expect(extractPostcode(text)).toBeUndefined();
    },
  );
});

describe('amount in euros', () => {
  it.each([
    ['€ 250', 25000],
    ['€250,50', 25050],
    ['250 euro', 25000],
    ['ik wil 50 euro per maand betalen', 5000],
    ['€12.50', 1250],
    ['€ 1.234,56', 123456],
    ['1,234.56 EUR', 123456],
    ['95,- per maand', 9500],
    ['EUR 40', 4000],
    ['tweehonderdvijftig euro', 25000],
    ['vijfentwintig euro per maand', 2500],
    ['honderd euro', 10000],
    ['fifty euros a month', 5000],
    ['two hundred and fifty euro', 25000],
    ['vijftig euro en twintig cent', 5020],
    ['fünfzig euro', 5000],
    ['250 eruo', 25000],
    ['95 euor', 9500],
    ['ik heb 3 boetes', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractAmountCents(text)).toBe(expected);
  });

  it('parses separators by position', () => {
    expect(parseAmountToCents('1.250')).toBe(125000);
    expect(parseAmountToCents('1,5')).toBe(150);
  });
});

describe('number words', () => {
  it.each([
    ['tweeentwintig', 22],
    ['twaalfhonderd', 1200],
    ['duizend tweehonderd', 1200],
    ['three hundred', 300],
    ['fünfundzwanzig', 25],
    ['dwieście pięćdziesiąt', 250],
    ['tweede', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseNumberWords(text)).toBe(expected);
  });
});

describe('months', () => {
  it.each([
    ['12 maanden', 12],
    ['in zes maanden', 6],
    ['kan ik in 10 termijnen betalen', 10],
    ['een half jaar', 6],
    ['anderhalf jaar', 18],
    ['twee jaar', 24],
    ['over 6 months', 6],
    ['twelve months please', 12],
    ['6 Monate', 6],
    ['10 miesięcy', 10],
    ['24 maande', 24],
    ['per maand', undefined],
    ['elke maand 50 euro', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractMonths(text)).toBe(expected);
  });
});

describe('e-mail', () => {
  it.each([
    ['mail me op Jan.Jansen@Example.nl graag', 'jan.jansen@example.nl'],
    ['piet_1980@gmail.com', 'piet_1980@gmail.com'],
    ['jan punt jansen apenstaartje gmail punt com', 'jan.jansen@gmail.com'],
    ['my email is anna at outlook dot com', 'anna@outlook.com'],
    ['geen email', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractEmail(text)).toBe(expected);
  });
});

describe('phone', () => {
  it.each([
    ['bel me op 06-12345678', '0612345678'],
    ['06 1234 5678', '0612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)6 1234 5678', '+31612345678'],
    ['0031 20 1234567', '+31201234567'],
    ['020-1234567', '0201234567'],
    ['nul zes een twee drie vier vijf zes zeven acht', '0612345678'],
    ['zero six one two three four five six seven eight', '0612345678'],
    ['+49 30 1234567', '+49301234567'],
    ['1062 5421 5704 7959', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractPhone(text)).toBe(expected);
  });
});

describe('licence plate', () => {
  it.each([
    ['mijn kenteken is AB-123-C', 'AB-123-C'],
    ['kenteken 12-ABC-3', '12-ABC-3'],
    ['ab123c', 'AB-123-C'],
    ['1-abc-23', '1-ABC-23'],
    ['XX-99-99', 'XX-99-99'],

    ['kenteken: 99XXX9', '99-XXX-9'],
    ['my plate is WOB 1234A', 'WOB-1234A'],
    ['Kennzeichen B MW 1234', 'B-MW-1234'],
    ['ik heb 1234AB als postcode', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractLicencePlate(text)).toBe(expected);
  });
});

describe('yes/no', () => {
  it.each([
    ['ja', true],
    ['Jaaa', true],
    ['ja hoor', true],
    ['klopt', true],
    ['jazeker', true],
    ['yes please', true],
    ['yep', true],
    ['Ja, genau', true],
    ['tak', true],
    ['dat klopt', true],
    ['nee', false],
    ['neeee', false],
    ['neen', false],
    ['nope', false],
    ['no thanks', false],
    ['nein', false],
    ['nie', false],
    ['klopt niet', false],
    ['dat klopt niet', false],
    ['stimmt nicht', false],
    ['ik weet het niet', undefined],
    ['misschien', undefined],
  ])('%s → %s', (text, expected) => {
    expect(extractYesNo(text)).toBe(expected);
  });
});

describe('extractEntities', () => {
  it('collects every entity of a phone transcript', () => {
    const e = extractEntities(
      'mijn nummer is een nul zes twee vijf vier twee een vijf zeven nul vier zeven negen vijf negen en mijn postcode is 1234 AB',
    );
    expect(e.cjibNumber).toBe('1062542157047959');
    expect(e.postcode).toEqual({ value: '1234 AB', country: 'NL' });
    expect(e.phone).toBeUndefined();
  });

  it('reads an arrangement request', () => {
    const e = extractEntities(
      'ik wil 12 maanden lang 40 euro per maand betalen, mail naar a.b@c.nl of bel 0612345678',
    );
    expect(e).toMatchObject({ months: 12, amountCents: 4000, email: 'a.b@c.nl', phone: '0612345678' });
  });

  it('keeps the digits of codes glued to letters', () => {
    expect(extractEntities('ik woon op nummer 12a in 1234AB').digits).toBe('121234');
  });

  it('returns an empty object for empty text', () => {
    expect(extractEntities('   ')).toEqual({});
  });
});

describe('a national number from abroad needs its country code', () => {
  it.each([
    ['01711234567', true],
    ['07700900123', true],
    ['015123456789', true],
    ['0612345678', false],
    ['+491711234567', false],
    ['0201234567', false],
  ])('%s: %s', (phone, needed) => {
    expect(needsCountryCode(phone)).toBe(needed);
  });
});
