import type { TurnContext } from 'botbuilder';
import type { Claim } from '../domain/claims/claim';
import { postcodesMatch } from '../domain/claims/postcodeMatch';
import { maskCjibNumber } from '../domain/cjibNumber';
import { CollectionUnavailableError, NotFoundError } from '../domain/errors';
import type { CollectionSystem } from '../domain/ports/collectionSystem';
import type { LookupAuditEntry } from '../domain/ports/lookupAuditLog';
import type { LockKey } from '../domain/ports/lookupLockStore';
import type { DialogDeps } from './dialogDeps';

export type Via = 'signin' | 'cjibNumber';

/** What a verification found; the dialog says it. */
export type Verification =
  | { kind: 'identified'; debtorId: string; claims: Claim[]; via: Via }
  /** Unknown number or wrong postcode: deliberately one outcome. */
  | { kind: 'no_match' }
  | { kind: 'locked'; until: Date }
  | { kind: 'unavailable' }
  /** A sign-in (or an earlier identification) naming a debtor the back office does not know. */
  | { kind: 'unknown_debtor' };

type AuditFields = Omit<LookupAuditEntry, 'at' | 'channelId' | 'conversationId'>;

export function conversationLockKey(context: TurnContext): LockKey {
  return {
    kind: 'conversation',
    id: `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`,
  };
}

/** The looked-up claim first (also when paid: "is it paid?" is a fair question), then the debtor's other open claims. */
function withOpenClaims(named: Claim[], open: Claim[]): Claim[] {
  const seen = new Set(named.map((c) => c.cjibNumber));
  return [...named, ...open.filter((c) => !seen.has(c.cjibNumber))];
}

/**
 * The rules of verifying a citizen against the back office: lock-outs (conversation and number),
 * a wrong postcode treated exactly like an unknown number, and an audit record of every lookup with
 * the CJIB number masked. Says nothing itself: IdentifyDebtorDialog turns the outcome into words.
 */
export class DebtorVerification {
  constructor(private readonly deps: DialogDeps) {}

  /** Until when lookups are locked for any of the keys, if they are. */
  lockedUntil(keys: LockKey[]): Promise<Date | undefined> {
    return this.deps.lookupLocks?.lockedUntil(keys, this.deps.clock.now()) ?? Promise.resolve(undefined);
  }

  /** The CJIB number of a letter and the postcode it was sent to. */
  async byLetter(
    context: TurnContext,
    number: string,
    postcode: string,
  ): Promise<Exclude<Verification, { kind: 'unknown_debtor' }>> {
    const masked = maskCjibNumber(number);
    const keys: LockKey[] = [conversationLockKey(context), { kind: 'cjibNumber', id: number }];
    const until = await this.lockedUntil(keys);
    if (until) {
      await this.record(context, { via: 'cjibNumber', outcome: 'locked', cjibNumberMasked: masked });
      return { kind: 'locked', until };
    }
    return this.ask<Exclude<Verification, { kind: 'unknown_debtor' }>>(
      context,
      { via: 'cjibNumber', cjibNumberMasked: masked },
      async (collection) => {
        const claim = await collection.findClaim(number);
        const debtor = claim ? await collection.findDebtor(claim.debtorId) : undefined;
        if (claim && debtor && postcodesMatch(postcode, debtor.postcode)) {
          await this.deps.lookupLocks?.clearFailures(keys);
          return this.found(
            context,
            debtor.id,
            withOpenClaims([claim], await collection.listOpenClaims(debtor.id)),
            'cjibNumber',
            masked,
          );
        }
        const outcome = await this.deps.lookupLocks?.registerFailure(keys, this.deps.clock.now());
        const audited = outcome?.lockedUntil ? 'locked_now' : claim ? 'postcode_mismatch' : 'unknown_number';
        await this.record(context, { via: 'cjibNumber', outcome: audited, cjibNumberMasked: masked });
        return outcome?.lockedUntil ? { kind: 'locked' as const, until: outcome.lockedUntil } : { kind: 'no_match' as const };
      },
    );
  }

  /** A debtor known from a sign-in or from earlier in the conversation: fetch their claims afresh. */
  async byIdentity(
    context: TurnContext,
    identity: { debtorId: string; cjibNumbers: string[]; via: Via },
  ): Promise<Exclude<Verification, { kind: 'no_match' }>> {
    return this.ask<Exclude<Verification, { kind: 'no_match' }>>(
      context,
      { via: identity.via },
      async (collection) => {
        try {
          const open = await collection.listOpenClaims(identity.debtorId);
          const named: Claim[] = [];
          for (const number of identity.cjibNumbers) {
            if (open.some((c) => c.cjibNumber === number)) continue;
            const claim = await collection.findClaim(number);
            if (claim?.debtorId === identity.debtorId) named.push(claim);
          }
          return this.found(context, identity.debtorId, withOpenClaims(named, open), identity.via);
        } catch (err) {
          if (!(err instanceof NotFoundError)) throw err;
          await this.tokenRejected(context);
          return { kind: 'unknown_debtor' as const };
        }
      },
    );
  }

  /** A sign-in token that did not verify (or named nobody). */
  tokenRejected(context: TurnContext): Promise<void> {
    return this.record(context, { via: 'signin', outcome: 'token_rejected' });
  }

  /** Runs back-office calls; an unreachable back office (or one that lost a record mid-lookup) is "unavailable". */
  private async ask<V extends Verification>(
    context: TurnContext,
    audit: Pick<AuditFields, 'via' | 'cjibNumberMasked'>,
    work: (c: CollectionSystem) => Promise<V>,
  ): Promise<V | { kind: 'unavailable' }> {
    try {
      if (!this.deps.collection) throw new CollectionUnavailableError('no collection system configured');
      return await work(this.deps.collection);
    } catch (err) {
      if (!(err instanceof CollectionUnavailableError) && !(err instanceof NotFoundError)) throw err;
      await this.record(context, { ...audit, outcome: 'unavailable' });
      return { kind: 'unavailable' };
    }
  }

  private async found(
    context: TurnContext,
    debtorId: string,
    claims: Claim[],
    via: Via,
    cjibNumberMasked?: string,
  ): Promise<Extract<Verification, { kind: 'identified' }>> {
    await this.record(context, {
      via,
      outcome: 'found',
      debtorId,
      ...(cjibNumberMasked ? { cjibNumberMasked } : {}),
      claimsShown: claims.map((c) => maskCjibNumber(c.cjibNumber)),
    });
    return { kind: 'identified', debtorId, claims, via };
  }

  private async record(context: TurnContext, entry: AuditFields): Promise<void> {
    await this.deps.audit?.record({
      at: this.deps.clock.now().toISOString(),
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id ?? '',
      ...entry,
    });
  }
}
