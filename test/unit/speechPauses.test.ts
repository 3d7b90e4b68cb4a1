import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { extractEntities } from '../../domain/language/extractEntities';

/** What the dialogs read from a phone turn. */
const heard = (text: string) => extractEntities(normalizeSpokenInput(text));

describe('pauses and what follows a number on the phone', () => {
  it('the CJIB number and the postcode in one breath are both read', () => {
    for (const text of [
      'negen zes negen acht, negen vier acht zes, een vier vijf acht, nul zes vijf acht, acht negen een een a b',
      'negen zes negen acht negen vier acht zes een vier vijf acht nul zes vijf acht acht negen een een a b',
    ]) {
      expect(heard(text)).toMatchObject({
        cjibNumber: '9698948614580658',
        postcode: { value: '8911 AB', country: 'NL' },
      });
    }
  });

  it('a number after "het nummer is" with the recogniser\'s commas between its groups', () => {
    expect(
      heard('het nummer is negen zes negen acht, negen vier acht zes, een vier vijf acht, nul zes vijf acht'),
    ).toMatchObject({ cjibNumber: '9698948614580658' });
    expect(extractEntities('het nummer is 9698, 9486, 1458, 0658').cjibNumber).toBe('9698948614580658');
  });

  it('a phone number with pauses after a lead-in', () => {
    expect(heard('mijn nummer is nul zes, eh, twaalf vierendertig, zesenvijftig achtenzeventig').phone).toBe(
      '0612345678',
    );
    expect(extractEntities('bel me op 06, 1234, 5678').phone).toBe('0612345678');
  });

  it('leaves lists and decimals alone', () => {
    expect(extractEntities('ik wil 1, 2 of 3 betalen').phone).toBeUndefined();
    expect(extractEntities('het kost 1,50 euro').amountCents).toBe(150);
    expect(extractEntities('9698 9486 1458 0658, 1234').cjibNumber).toBe('9698948614580658');
  });
});
