import type { ArrangementRequest } from '../domain/ports/arrangementRequestStore';
import type { DialogDeps } from './dialogDeps';
import { awaitingDecision } from './lookupFiledRequest';

/**
 * An arrangement request still awaiting its decision that holds any of these fines: one filed for
 * only some of them ("alleen de boete van het rode licht") and now asked for all, or the other way
 * round. Its idempotency key differs from the new one, so without this check a second request
 * would cover the same fine twice. Undefined when there is none, or the store cannot search.
 */
export async function requestCoveringAny(
  deps: DialogDeps,
  cjibNumbers: readonly string[],
): Promise<ArrangementRequest | undefined> {
  const store = deps.arrangements?.requests;
  if (!store?.findForClaims || cjibNumbers.length === 0) return undefined;
  const found = await store.findForClaims([...cjibNumbers]).catch(() => []);
  return found.find(
    (request) =>
      awaitingDecision(request) && request.submission.cjibNumbers.some((n) => cjibNumbers.includes(n)),
  );
}
