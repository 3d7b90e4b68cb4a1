import {
  asksForPersonInOtherLanguage,
  cjibPageIn,
  unsupportedLanguageNamed,
} from '../../domain/language/unsupportedLanguage';

describe('a language the assistant does not speak, named', () => {
  it.each([
    ['Türkçe', 'tr'],
    ['Turkish please', 'tr'],
    ['yardım edin lütfen, türkçe var mı?', 'tr'],
    ['vous parlez français?', 'fr'],
    ['¿habla español?', 'es'],
    ['spreekt u Arabisch?', 'ar'],
    ['русский?', 'ru'],
  ])('%s → %s', (text, language) => {
    expect(unsupportedLanguageNamed(text)).toBe(language);
  });

  it.each([
    'English please',
    'Ik wil een betalingsregeling',
    'Ich habe einen Brief bekommen',
    'ik ben Frans',
  ])('%s names none', (text) => {
    expect(unsupportedLanguageNamed(text)).toBeUndefined();
  });
});

describe('a person asked for in another language or script', () => {
  it.each([
    'موظف',
    'شخص',
    'людина будь ласка',
    'оператор',
    'yetkili lütfen',
    'insan',
    'temsilciyle görüşmek istiyorum',
    'je veux parler à une personne',
    'un conseiller svp',
    'quiero hablar con una persona',
    'agente por favor',
  ])('%s asks for a person', (text) => {
    expect(asksForPersonInOtherLanguage(text)).toBe(true);
  });

  it.each([
    'مرحبا',
    'Добрий день',
    'merhaba ceza',
    'Ik wil een betalingsregeling',
    "Bonjour j'ai une amende",
  ])('%s does not', (text) => {
    expect(asksForPersonInOtherLanguage(text)).toBe(false);
  });
});

describe("the CJIB's pages in other languages (DOMAIN.md §5)", () => {
  it('has Czech, Spanish and Italian pages, no Turkish one', () => {
    expect(cjibPageIn('cs')).toBe('https://www.cjib.nl/cs/co-je-cjib');
    expect(cjibPageIn('es')).toMatch(/cjib\.nl\/es\//);
    expect(cjibPageIn('it')).toMatch(/cjib\.nl\/it\//);
    expect(cjibPageIn('tr')).toBeUndefined();
  });
});
