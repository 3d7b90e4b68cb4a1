import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { ArrangementRequestStore } from '../domain/ports/arrangementRequestStore';
import type { AssistantMetrics } from '../domain/ports/assistantMetrics';
import type { FeedbackStore } from '../domain/ports/feedbackStore';

/**
 * Outcomes and satisfaction observed at the ports, so no dialog has to remember to report them:
 * a "did this help? — yes" or a filed arrangement request is a resolved conversation; every rating
 * is a CSAT score (yes = 5, no = 1).
 */
export function observedFeedback(store: FeedbackStore, metrics: AssistantMetrics): FeedbackStore {
  return {
    async record(feedback) {
      await store.record(feedback);
      metrics.csat(feedback.helpful ? 5 : 1);
      if (feedback.helpful) metrics.outcome('resolved');
    },
    countsByTopic: (since) => store.countsByTopic(since),
  };
}

export function observedArrangementRequests(
  store: ArrangementRequestStore,
  metrics: AssistantMetrics,
): ArrangementRequestStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'create') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<ArrangementRequestStore['create']>) => {
        const result = await target.create(...args);
        if (result.created) metrics.outcome('resolved');
        return result;
      };
    },
  });
}

/**
 * A conversation the citizen ends (endOfConversation, e.g. closing the chat or hanging up) while a
 * flow is still open was abandoned. Only then is the dialog state read: it costs one read per end.
 */
export async function countAbandoned(
  context: TurnContext,
  dialogState: StatePropertyAccessor,
  metrics: AssistantMetrics,
): Promise<void> {
  if (context.activity.type !== 'endOfConversation') return;
  const state = (await dialogState.get(context, {})) as { dialogStack?: unknown[] };
  if ((state.dialogStack?.length ?? 0) > 0) metrics.outcome('abandoned');
}
