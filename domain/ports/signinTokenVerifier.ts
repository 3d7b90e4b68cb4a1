/**
 * Checks the token a website passes for a citizen who signed in there (DigiD): signature, expiry,
 * and the debtor it names. Implemented in adapters/auth with the configured secret.
 */
export interface SigninIdentity {
  debtorId: string;
}

export interface SigninTokenVerifier {
  /** The identity in a valid token; undefined for anything else (never throws on bad input). */
  verify(token: string): SigninIdentity | undefined;
}

/** For deployments without a signed-in path (no secret configured): every token is refused. */
export const noSigninTokens: SigninTokenVerifier = { verify: () => undefined };
