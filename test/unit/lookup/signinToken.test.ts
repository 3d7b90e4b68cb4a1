import jwt from 'jsonwebtoken';
import { JwtSigninTokenVerifier } from '../../../adapters/auth/jwtSigninTokenVerifier';
import { signinTokenOf } from '../../../dialogs/signinToken';

const SECRET = 'a-website-secret-of-at-least-32-characters';
const now = new Date('2026-11-22T10:00:00Z');
const iat = Math.floor(now.getTime() / 1000);
const verifier = new JwtSigninTokenVerifier({ secret: SECRET, clock: { now: () => now } });
const sign = (payload: object, secret = SECRET, options: jwt.SignOptions = { algorithm: 'HS256' }): string =>
  jwt.sign({ iat, exp: iat + 600, ...payload }, secret, options);

describe('JwtSigninTokenVerifier', () => {
  it('accepts an HS256 token with a debtor id (or sub) and an expiry', () => {
    expect(verifier.verify(sign({ debtorId: 'D13' }))).toEqual({ debtorId: 'D13' });
    expect(verifier.verify(sign({ sub: 'D02' }))).toEqual({ debtorId: 'D02' });
  });

  it('refuses a wrong signature, another algorithm, alg none, an expired token or no expiry', () => {
    expect(
      verifier.verify(sign({ debtorId: 'D13' }, 'another-secret-of-at-least-32-characters')),
    ).toBeUndefined();
    expect(verifier.verify(sign({ debtorId: 'D13' }, SECRET, { algorithm: 'HS512' }))).toBeUndefined();
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ debtorId: 'D13', iat, exp: iat + 600 })).toString('base64url')}.`;
    expect(verifier.verify(none)).toBeUndefined();
    expect(verifier.verify(sign({ debtorId: 'D13', exp: iat - 60 }))).toBeUndefined();
    expect(
      verifier.verify(jwt.sign({ debtorId: 'D13', iat }, SECRET, { algorithm: 'HS256' })),
    ).toBeUndefined();
  });

  it('refuses debtor ids that are not plain ids, and garbage', () => {
    expect(verifier.verify(sign({ debtorId: { $ne: null } }))).toBeUndefined();
    expect(verifier.verify(sign({ debtorId: '../D01' }))).toBeUndefined();
    expect(verifier.verify('not a token')).toBeUndefined();
    expect(verifier.verify('')).toBeUndefined();
  });
});

describe('signinTokenOf: where Web Chat / Direct Line put the token', () => {
  it('reads channelData, from.properties and a signin event', () => {
    expect(signinTokenOf({ type: 'message', channelData: { signinToken: 'a' } })).toBe('a');
    expect(
      signinTokenOf({
        type: 'message',
        from: { id: 'u', name: 'u', properties: { signinToken: 'b' } } as never,
      }),
    ).toBe('b');
    expect(signinTokenOf({ type: 'event', name: 'signin', value: 'c' })).toBe('c');
    expect(signinTokenOf({ type: 'event', name: 'signin', value: { token: 'd' } })).toBe('d');
    expect(signinTokenOf({ type: 'event', name: 'other', value: 'e' })).toBeUndefined();
    expect(signinTokenOf({ type: 'message', value: 'f' })).toBeUndefined();
  });
});
