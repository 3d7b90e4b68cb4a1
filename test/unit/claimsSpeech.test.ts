import { firstSentence, spokenClaimsList } from '../../dialogs/claimsSpeech';
import { I18nLocalizer } from '../../bot/i18n';
import type { Claim } from '../../domain/claims/claim';

const localizer = I18nLocalizer.create();
const claim = (id: string): Claim => ({ id }) as unknown as Claim;
const line = (c: Claim, short: boolean): string =>
  `${(c as unknown as { id: string }).id}${short ? ' kort' : ' lang'}.`;

describe('several fines said on the phone', () => {
  it('one fine: the intro, the fine in full, the total', () => {
    expect(
      spokenClaimsList([claim('A')], 'nl', localizer, { intro: 'Gevonden:', line, total: 'Totaal.' }),
    ).toEqual(['Gevonden:', 'A lang.', 'Totaal.']);
  });

  it('two fines: how many and the total first, then each short by its place', () => {
    expect(
      spokenClaimsList([claim('A'), claim('B')], 'nl', localizer, {
        intro: 'Gevonden:',
        line,
        total: 'Totaal.',
      }),
    ).toEqual(['U heeft 2 boetes.', 'Totaal.', 'Eerste boete: A kort.', 'Tweede boete: B kort.']);
    expect(
      spokenClaimsList([claim('A'), claim('B')], 'en', localizer, {
        intro: 'Found:',
        line,
        total: 'Total.',
      })[2],
    ).toBe('First fine: A kort.');
  });

  it('all paid: the intro and the count, no total; the sixth fine by its number', () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map(claim);
    const said = spokenClaimsList(six, 'de', localizer, { intro: 'Alles bezahlt.', line });
    expect(said.slice(0, 2)).toEqual(['Alles bezahlt.', 'Sie haben 6 Bußgelder.']);
    expect(said[7]).toBe('Bußgeld 6: F kort.');
  });

  it('a meaning said short is its first sentence', () => {
    expect(firstSentence('De boete is niet op tijd betaald. Daarom is er een verhoging.')).toBe(
      'De boete is niet op tijd betaald.',
    );
    expect(firstSentence('Geen punt')).toBe('Geen punt');
  });
});
