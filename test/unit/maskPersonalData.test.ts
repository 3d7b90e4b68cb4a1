import { maskAssistantText, maskCjibNumber, maskPersonalData } from '../../domain/privacy/maskPersonalData';

describe('maskPersonalData', () => {
  it.each([
    ['mijn nummer is 1062 5421 5704 7959', 'mijn nummer is ••••••••••••7959'],
    ['kenmerk 1062542157047959.', 'kenmerk ••••••••••••7959.'],
    ['1062-5421-5704-7959 en 1234 AB', '••••••••••••7959 en [postcode]'],
    ['postcode 1234ab', 'postcode [postcode]'],
    ['mail jan.jansen@example.nl graag', 'mail [e-mail] graag'],
    ['bel 06-12345678 of +31 6 1234 5678', 'bel [phone] of [phone]'],
    ['call 0031 20 123 4567', 'call [phone]'],
    ['IBAN NL91 ABNA 0417 1643 00 please', 'IBAN [IBAN] please'],
    ['IBAN NL91ABNA0417164300', 'IBAN [IBAN]'],
    ['kod 00-950 Warszawa', 'kod [postcode] Warszawa'],
    ['mijn BSN is 123456782.', 'mijn BSN is [number].'],
    ['bsn 123.456.782 of 123 456 782', 'bsn [number] of [number]'],
  ])('%s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('keeps ordinary text, amounts and years', () => {
    for (const text of [
      'Ik heb 2 boetes van € 129,00 uit 2025',
      'I paid 1500 in 12 months',
      'ik betaal 1000 en meer',
      'totaal € 1.234.567,89 en 12345678',
      'op 2026-11-23 om 10.00 uur',
      '',
    ]) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = maskPersonalData('1062542157047959 1234 AB a@b.nl 0612345678 NL91ABNA0417164300');
    expect(maskPersonalData(once)).toBe(once);
  });

  it('masks the typed forms in what the assistant wrote, as in what a citizen wrote', () => {
    const said =
      'Ik vraag dit aan voor 1062542157047959, postcode 1234 AB. We bereiken u via jan@example.nl of 0612345678.';
    expect(maskAssistantText(said)).toBe(maskPersonalData(said));
    expect(maskAssistantText(said)).not.toMatch(/1062542157047959|1234 AB|jan@example|0612345678/);
  });

  it('masks a single CJIB number for staff', () => {
    expect(maskCjibNumber('1062542157047959')).toBe('••••••••••••7959');
  });
});
