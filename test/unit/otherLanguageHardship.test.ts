import fs from 'node:fs';
import path from 'node:path';
import {
  LANGUAGES_WITH_NOTICE,
  ownLanguageNoticeKey,
  saysHardshipInOtherLanguage,
} from '../../domain/language/otherLanguageHardship';
import { saysYesInOtherLanguage } from '../../domain/language/otherLanguageYes';
import { SUPPORTED_LOCALES } from '../../domain/language/locale';

describe('hardship said in a language the assistant does not speak', () => {
  it.each([
    'Добрий день, я отримав штраф, я біженець з України і не маю грошей',
    'у меня нет денег',
    'ليس لدي مال لدفع الغرامة',
    'Hola, tengo una multa y no tengo dinero',
    "Bonjour, je n'ai pas d'argent pour payer",
    'Merhaba, param yok, ödeyemiyorum',
    'non ho soldi',
    'não tenho dinheiro',
    'nu am bani',
    'nemám peníze',
  ])('%s', (text) => {
    expect(saysHardshipInOtherLanguage(text)).toBe(true);
  });

  it.each(['مرحبا لدي غرامة مرورية ماذا أفعل', 'Bonjour, je suis belge', 'Hola', 'Merhaba cezam var'])(
    '%s says none',
    (text) => {
      expect(saysHardshipInOtherLanguage(text)).toBe(false);
    },
  );
});

describe('a bare yes in another language', () => {
  it.each(['так', 'Да!', 'نعم', 'oui', 'Oui, merci', 'sí, por favor', 'evet', 'ναι'])('%s', (text) => {
    expect(saysYesInOtherLanguage(text)).toBe(true);
  });

  it.each(['oui mais combien je dois payer ?', 'так, але скільки?', 'yes', 'ja'])('%s is not', (text) => {
    expect(saysYesInOtherLanguage(text)).toBe(false);
  });
});

describe("the fixed sentences in the citizen's own language", () => {
  const files = SUPPORTED_LOCALES.map((l) =>
    fs.readFileSync(path.resolve(__dirname, '..', '..', 'locales', l, 'otherLanguages.json'), 'utf8'),
  );

  it("are the same table in every locale (they are said in the citizen's language)", () => {
    for (const file of files) expect(file).toBe(files[0]);
  });

  it('have one sentence for every language listed, and no key for the four spoken here', () => {
    const notice = (JSON.parse(files[0]) as { notice: Record<string, string> }).notice;
    expect(Object.keys(notice).sort()).toEqual([...LANGUAGES_WITH_NOTICE].sort());
    expect(ownLanguageNoticeKey('uk')).toBe('otherLanguages:notice.uk');
    expect(ownLanguageNoticeKey('nl')).toBeUndefined();
    expect(ownLanguageNoticeKey('sw')).toBeUndefined();
  });
});
