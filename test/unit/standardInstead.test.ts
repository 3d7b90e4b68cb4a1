import { choosesStandardArrangement } from '../../domain/handoff/standardInstead';

describe('choosesStandardArrangement: the standard schedule after all, at the offer of a person', () => {
  it.each([
    "no, I'll take the standard one",
    'nee, doe maar de gewone regeling',
    'nee dank u, ik neem de standaard',
    'nein, dann doch die normale Ratenzahlung',
    'nie, to jednak zwykłe raty',
    'ok then the standard one',
  ])('"%s"', (text) => expect(choosesStandardArrangement(text)).toBe(true));

  it.each([
    'nee, niet de gewone',
    'no, the standard one is too high',
    'the standard one is too much',
    'nein, nicht die normale',
  ])('not "%s"', (text) => expect(choosesStandardArrangement(text)).toBe(false));
});
