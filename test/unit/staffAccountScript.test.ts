import { parseStaffAccountArgs } from '../../scripts/staffAccount';

describe('npm run staff:add arguments', () => {
  it('reads a username, role and display name', () => {
    expect(parseStaffAccountArgs(['JdeVries', '--role', 'supervisor', '--name', 'J. de Vries'])).toEqual({
      username: 'jdevries',
      role: 'supervisor',
      displayName: 'J. de Vries',
    });
    expect(parseStaffAccountArgs(['ann'])).toEqual({ username: 'ann', role: 'agent', displayName: 'ann' });
  });

  it.each([
    [[]],
    [['ann', '--role', 'admin']],
    [['ann', '--name']],
    [['ann', 'bob']],
    [['a b']],
    [['ann', '--password', 'x']],
  ])('refuses %j', (argv) => {
    expect(() => parseStaffAccountArgs(argv)).toThrow(/usage/);
  });
});
