import { listInSentence } from '../domain/language/listInSentence';
import type { TurnContext } from 'botbuilder';
import type { Claim } from '../domain/claims/claim';
import { formatDate } from '../domain/dates';
import type { ArrangementRequest } from '../domain/ports/arrangementRequestStore';
import { type ClaimsReplyContext, describeClaim } from './claimsReply';
import type { DialogDeps } from './dialogDeps';
import { say } from './turn';

const ON_FILE = Symbol('turn.requestOnFile');

/** Sent or being sent, and not decided yet (a granted one shows as a running arrangement, a refused one is over). */
export function awaitingDecision(request: ArrangementRequest): boolean {
  // Refused for good by the back office: it never arrived, so nothing awaits a decision.
  if (request.state === 'refused') return false;
  if (request.state !== 'delivered') return true;
  return request.receipt?.status === 'received' || request.receipt?.status === 'in_review';
}

/**
 * The newest arrangement request, filed earlier (in this or another conversation) for any of these
 * still-open claims, that awaits its decision; read once per turn. Undefined without a store that can say.
 */
export async function requestOnFile(
  context: TurnContext,
  deps: DialogDeps,
  claims: Claim[],
): Promise<ArrangementRequest | undefined> {
  if (context.turnState.has(ON_FILE)) return context.turnState.get(ON_FILE) as ArrangementRequest | undefined;
  const open = claims
    .filter((c) => c.stage !== 'paid' && c.stage !== 'in_arrangement')
    .map((c) => c.cjibNumber);
  const store = deps.arrangements?.requests;
  const found =
    open.length > 0 && store?.findForClaims
      ? (await store.findForClaims(open).catch(() => [])).find(awaitingDecision)
      : undefined;
  context.turnState.set(ON_FILE, found);
  return found;
}

/**
 * After the overview or an answer from it: an arrangement was requested for these fines (when, its
 * reference) and the decision comes by letter, so it is not requested again; whether increases wait
 * meanwhile is not known (DOMAIN.md §1.10). Whether it was told.
 */
export async function sayRequestOnFile(
  context: TurnContext,
  deps: DialogDeps,
  claims: Claim[],
  ctx: ClaimsReplyContext,
): Promise<boolean> {
  const request = await requestOnFile(context, deps, claims);
  if (!request) return false;
  const descriptions = listInSentence(
    claims
      .filter((c) => request.submission.cjibNumbers.includes(c.cjibNumber))
      .map((c) => describeClaim(c, ctx.locale)),
    ctx.locale,
  );
  const text = ctx.localizer.t(ctx.locale, 'lookup:requestOnFile', {
    descriptions,
    date: formatDate(request.createdAt.toISOString().slice(0, 10), ctx.locale),
    reference: request.reference,
  });
  await say(context, deps, { text, speech: text.replace(/\*\*/g, '') });
  return true;
}
