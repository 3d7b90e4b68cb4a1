import type { DialogContext, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ArrangementDraft } from '../domain/arrangement/arrangementDraft';
import type { ClaimLines } from '../domain/arrangement/claimLines';
import { PERSON_OFFER_DIALOG } from './personOfferDialog';

/** The arrangement flow's inner dialogs: the schedule's steps, and the questions asked along the way. */
export const STEPS = 'arrangement.steps';
export const PLAN_PROMPT = 'arrangement.planPrompt';
export const CONTACT_PROMPT = 'arrangement.contactPrompt';
export const CONFIRM_PROMPT = 'arrangement.confirmPrompt';
/** Contact and confirmation, a loop of its own: a corrected contact at the confirmation asks again. */
export const CONFIRM_STEPS = 'arrangement.confirmSteps';
/** The questions of this flow, during which questions about arrangements are answered and asked again. */
export const OWN_QUESTIONS: ReadonlySet<string> = new Set([
  PLAN_PROMPT,
  CONTACT_PROMPT,
  CONFIRM_PROMPT,
  PERSON_OFFER_DIALOG,
]);

/** The request being prepared, kept in the dialog state (MongoDB), so a restart resumes it. */
export interface Proposal {
  draft: ArrangementDraft;
  contact?: { email?: string; phone?: string };
  /**
   * The claims in the schedule and those left out (with why), for "which fines are in it?": only
   * what the answer names, without licence plates (see ClaimLines). Asked mid-flow, it needs no
   * back office, so the answer comes while the back office is down too.
   */
  claimLines?: ClaimLines;
  /** A monthly amount the citizen named before the schedule ("ich kann 50 im Monat"), in cents. */
  ownMonthlyCents?: number;
}

/** What the schedule question needs to read an amount of the citizen's own. */
export interface PlanValidations {
  monthlyCents: number;
  totalCents: number;
  /** The schedule's months: "ok, the 6 months then" agrees to them. */
  months?: number;
}

/** The proposal in a step's waterfall state. */
export const proposalOf = (step: WaterfallStepContext): Proposal => step.values as Proposal;

/** What the flow's steps keep, from the first entry under the question being asked that has it. */
function onStack<K extends keyof Proposal>(innerDc: DialogContext, key: K): Proposal[K] | undefined {
  for (const instance of innerDc.stack) {
    const kept = (instance.state as { values?: Partial<Proposal> } | undefined)?.values?.[key];
    if (kept) return kept;
  }
  return undefined;
}

/** The request being prepared, from the state of the flow's steps under the question being asked. */
export const draftOnStack = (innerDc: DialogContext): Proposal['draft'] | undefined =>
  onStack(innerDc, 'draft');

/** The claims of the schedule on the table, kept by the flow's first steps under the question being asked. */
export const claimsOnStack = (innerDc: DialogContext): Proposal['claimLines'] | undefined =>
  onStack(innerDc, 'claimLines');

/** The standard schedule found too high, from the offer's question (PersonOfferDialog's validations). */
export function standardAtOffer(
  innerDc: DialogContext,
): { monthlyCents: number; months: number; totalCents?: number } | undefined {
  for (const instance of innerDc.child?.stack ?? []) {
    const options = (instance.state as { options?: { validations?: { standard?: unknown } } } | undefined)
      ?.options;
    const standard = options?.validations?.standard as ReturnType<typeof standardAtOffer>;
    if (standard) return standard;
  }
  return undefined;
}

/** Why a person is offered (a personal arrangement, the noodstop), from the offer's own steps. */
export function personOfferReason(innerDc: DialogContext): string | undefined {
  for (const instance of innerDc.child?.stack ?? []) {
    const reason = (instance.state as { values?: { reason?: string } } | undefined)?.values?.reason;
    if (reason) return reason;
  }
  return undefined;
}

/** Where the flow's steps go on when they start again with the schedule's identification and fines kept. */
export interface StepsOptions {
  /** The fines the citizen chose (their CJIB numbers), see arrangementClaimChoice. */
  only?: string[];
  /** Straight to the contact question or the confirmation (a change of language there), not the schedule's question. */
  resumeAt?: 'contact' | 'confirmation';
}

/** The options to start the flow's steps again with: the fines chosen kept, nothing asked again. */
export function stepsOptionsOnStack(innerDc: DialogContext): StepsOptions {
  const steps = innerDc.stack.find((entry) => entry.id === STEPS);
  const only = (steps?.state as { options?: StepsOptions } | undefined)?.options?.only;
  return only ? { only } : {};
}
