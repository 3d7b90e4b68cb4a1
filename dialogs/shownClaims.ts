import type { TurnContext } from 'botbuilder';
import type { Claim, ClaimType } from '../domain/claims/claim';
import { livesAbroad } from '../domain/claims/residence';
import type { DialogDeps } from './dialogDeps';

/** What the knowledge answers need to know of the claims looked up in this conversation. */
export interface ShownClaims {
  /** The kinds of the claims shown, each once, in the order shown. */
  kinds: ClaimType[];
  /** The debtor's address is outside the Netherlands (see livesAbroad). */
  abroad: boolean;
  /** One of them is under appeal (a short "how long does that take?" is then about the appeal). */
  underAppeal: boolean;
  /** The claims themselves (the citizen is verified for them): their own numbers, kinds and stages. */
  claims: Claim[];
}

const SHOWN = Symbol('turn.shownClaims');

/**
 * The kinds of the claims shown to the verified citizen, and whether they live abroad, read once per
 * turn from the back office; undefined when nobody was identified in this conversation or the back
 * office cannot say (the general answer then stands).
 */
export async function shownClaims(context: TurnContext, deps: DialogDeps): Promise<ShownClaims | undefined> {
  if (context.turnState.has(SHOWN)) return context.turnState.get(SHOWN) as ShownClaims | undefined;
  const found = await readShownClaims(context, deps).catch(() => undefined);
  context.turnState.set(SHOWN, found);
  return found;
}

async function readShownClaims(context: TurnContext, deps: DialogDeps): Promise<ShownClaims | undefined> {
  const collection = deps.collection;
  const identified = (await deps.state.conversation.get(context, {})).identified;
  if (!collection || !identified) return undefined;
  // (Signed in on the website: no numbers were shown one by one, the open claims are the debtor's.)
  const claims = identified.cjibNumbers.length
    ? (await Promise.all(identified.cjibNumbers.map((n) => collection.findClaim(n)))).filter(
        (c): c is Claim => c !== undefined,
      )
    : await collection.listOpenClaims(identified.debtorId);
  const debtor = await collection.findDebtor(identified.debtorId);
  return {
    kinds: [...new Set(claims.map((c) => c.type))],
    abroad: debtor !== undefined && livesAbroad(debtor),
    underAppeal: claims.some((c) => c.stage === 'appeal_pending'),
    claims,
  };
}
