import { isBareNo } from '../../../domain/arrangement/contactAnswer';

describe('isBareNo: a no and nothing more (no contact given, not "the request is off")', () => {
  it.each([
    'nee',
    'Nee.',
    'nee joh',
    'nee hoor',
    'no',
    'no thanks',
    'nope',
    'nein',
    'nein danke',
    'nie',
    'nie, dziękuję',
  ])('"%s" is a bare no', (answer) => expect(isBareNo(answer)).toBe(true));

  it.each([
    'nee, toch niet',
    'actually no',
    'jednak nie',
    'doch nicht',
    'nee, ik heb geen e-mail',
    'nie wiem',
    'no email',
  ])('"%s" says more than no', (answer) => expect(isBareNo(answer)).toBe(false));
});
