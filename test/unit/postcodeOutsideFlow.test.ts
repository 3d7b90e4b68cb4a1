import { extractEntities } from '../../domain/language/extractEntities';
import type { IntentId } from '../../domain/language/intents';
import { givenPostcode, saysOnlyPostcode } from '../../domain/language/postcodeOutsideFlow';

const message = (text: string) => ({ text, entities: extractEntities(text) });

describe('a postcode given outside a flow', () => {
  it.each<[string, IntentId | undefined, string]>([
    ['8911 AB', undefined, '8911 AB'],
    ['mijn postcode is 8911ab', 'none', '8911 AB'],
    ['ich wohne in 47533 Kleve', 'foreign', '47533'],
    ['I live at SW1A 1AA', undefined, 'SW1A 1AA'],
    ['ik wil een betalingsregeling, mijn postcode is 8911 AB', 'payment_arrangement', '8911 AB'],
    [
      'ik wil mijn boete opzoeken en ik woon op 1234 AB in een flat aan de rand van de stad',
      'fine_status',
      '1234 AB',
    ],
  ])('"%s" (%s) gives %s', (text, intent, postcode) => {
    expect(givenPostcode(message(text), intent)).toBe(postcode);
  });

  it.each<[string, IntentId | undefined]>([
    // A bare group of digits abroad may be anything; only a word for where one lives makes it a postcode.
    ['12345', undefined],
    ['wat is de postcode van het CJIB, 8911 AB?', undefined],
    ['9698948614580658 8911 AB', 'fine_status'],
    ['8911 AB, ik wil een medewerker', 'human_agent'],
    ['mijn postcode is 8911 AB en ik wil bezwaar maken tegen de boete', 'objection'],
  ])('"%s" (%s) gives none', (text, intent) => {
    expect(givenPostcode(message(text), intent)).toBeUndefined();
  });
});

describe('a postcode said on its own', () => {
  it.each<[string, IntentId | undefined]>([
    ['8911 AB', undefined],
    ['hallo, 8911 AB', 'greeting'],
    ['ich wohne in 47533 Kleve', 'foreign'],
  ])('"%s" (%s) asks nothing else', (text, intent) => {
    expect(saysOnlyPostcode(message(text), intent)).toBe(true);
  });

  it.each<[string, IntentId | undefined]>([
    ['opzoeken, 8911 AB', 'fine_status'],
    ['betalingsregeling 8911 AB', 'payment_arrangement'],
    ['8911 AB, een medewerker graag', 'human_agent'],
    ['stop, 8911 AB', 'cancel'],
    ['in English please, 8911 AB', 'change_language'],
    ['mijn postcode is 8911 AB en ik wil bezwaar maken', 'objection'],
  ])('"%s" (%s) asks more', (text, intent) => {
    expect(saysOnlyPostcode(message(text), intent)).toBe(false);
  });
});
