/** What a flow gives IdentifyDebtorDialog to start it, and what it gets back. */
import type { Claim } from '../domain/claims/claim';
import type { Recognition } from '../domain/ports/recognizer';
import type { FlowResult } from './mainDialog';

/**
 * How the citizen was verified, or why not. Interruptions end the dialog with the router's
 * FlowResult instead (`{ handoff: true }` for a person, `{ cancelled: true }` after "stop").
 */
export type IdentifyResult =
  | {
      status: 'identified';
      debtorId: string;
      claims: Claim[];
      via: 'signin' | 'cjibNumber';
      /** What the identification turned out to be for ("can I pay in instalments?" asked meanwhile). */
      purpose?: 'lookup' | 'arrangement';
    }
  | { status: 'failed' | 'locked' | 'cancelled' | 'unavailable' }
  | FlowResult;

export interface IdentifyOptions {
  /** The message that started the flow (a CJIB number in it is not asked again). */
  recognition?: Recognition;
  /** Internal: how to ask again after a failed attempt or a rejected number. */
  ask?: 'again' | 'retry';
  /** Internal: after no match, the number just tried ("sorry, het is 8911 AB" corrects only the postcode). */
  triedNumber?: string;
  /** Internal: after no match, the postcode just tried ("het laatste cijfer is een acht" tries again with it). */
  triedPostcode?: string;
  /** Internal: a number with one digit corrected by the citizen, and the postcode already given. */
  heard?: { number: string; postcode?: string };
  /** What the identification is for, said when asking the number (default: looking up the fines). */
  purpose?: 'lookup' | 'arrangement';
}
