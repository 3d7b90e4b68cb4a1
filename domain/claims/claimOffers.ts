/**
 * Which next steps fit the fines just shown, so the menu offers only what applies:
 * - how to pay: something is payable now through the CJIB (not only under appeal, not only with a bailiff);
 * - instalments: a standard arrangement is possible for these fines (DOMAIN.md §1: at least EUR 75 of
 *   fines and increases; not under appeal, with a bailiff or already in an arrangement);
 * - objection: only while the 6-week term still runs for a fine not under appeal yet (objectionTerm.ts);
 * - a person: not while the citizen already waits for one.
 */
import { assessArrangement } from '../arrangement/assessArrangement';
import type { ArrangementPolicy } from '../arrangement/arrangementPolicy';
import { openAmount, type Claim } from './claim';
import { objectionStillPossible } from './objectionTerm';

export type ClaimOffer = 'how_to_pay' | 'payment_arrangement' | 'objection' | 'human_agent';

const ORDER: readonly ClaimOffer[] = ['how_to_pay', 'payment_arrangement', 'objection', 'human_agent'];

export interface OfferSituation {
  /** Today's calendar date (ISO) in the Netherlands. */
  today: string;
  policy: ArrangementPolicy;
  /** The citizen is in the queue for staff (or with one) already. */
  waitingForStaff?: boolean;
  /** An arrangement was requested for these fines and awaits its decision: not requested again. */
  requestOnFile?: boolean;
}

export function applicableOffers(claims: Claim[], situation: OfferSituation): ClaimOffer[] {
  const toPay = claims.filter((c) => openAmount(c) > 0);
  const person: ClaimOffer[] = situation.waitingForStaff ? [] : ['human_agent'];
  if (toPay.length === 0) return person;
  const payableNow = toPay.filter((c) => c.stage !== 'appeal_pending' && c.stage !== 'bailiff');
  const arrangement = assessArrangement({ claims, today: situation.today }, situation.policy).decision
    .eligible;
  const objectionInTime = toPay.some((c) => objectionStillPossible(c, situation.today));
  const applies: Record<ClaimOffer, boolean> = {
    how_to_pay: payableNow.length > 0,
    payment_arrangement: arrangement && !situation.requestOnFile,
    objection: objectionInTime,
    human_agent: !situation.waitingForStaff,
  };
  return ORDER.filter((offer) => applies[offer]);
}

/** Whether anything is to be paid now (under appeal it is on hold). */
export function somethingPayableNow(claims: Claim[]): boolean {
  return claims.some((c) => openAmount(c) > 0 && c.stage !== 'appeal_pending');
}
