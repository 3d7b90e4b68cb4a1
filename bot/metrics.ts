import type { TurnContext } from 'botbuilder';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { INTENTS, type IntentId } from '../domain/language/intents';
import type { AssistantMetrics, ConversationOutcome } from '../domain/ports/assistantMetrics';

/** Label values come from a fixed list: a client-chosen channel id must never create new series. */
const KNOWN_CHANNELS = new Set([
  'webchat',
  'directline',
  'msteams',
  'telephony',
  'sms',
  'whatsapp',
  'telegram',
  'facebook',
  'emulator',
  'test',
]);
const KNOWN_TYPES = new Set([
  'message',
  'conversationUpdate',
  'event',
  'invoke',
  'typing',
  'endOfConversation',
]);
const OUTCOMES: ConversationOutcome[] = ['resolved', 'escalated', 'abandoned'];

function bounded(value: string | undefined, known: Set<string>): string {
  return value && known.has(value) ? value : 'other';
}

/**
 * The assistant's Prometheus metrics on a private registry (so two apps in one test process do not
 * clash): turns and their latency, intents, fallbacks, handoffs, outcomes, CSAT, refused requests,
 * and the process's own metrics (CPU, memory, event-loop lag).
 */
export class PrometheusMetrics implements AssistantMetrics {
  readonly registry = new Registry();
  private readonly turns: Counter<'channel' | 'type' | 'result'>;
  private readonly turnSeconds: Histogram<'type'>;
  private readonly intents: Counter<'intent'>;
  private readonly fallbacks: Counter;
  private readonly handoffs: Counter;
  private readonly outcomes: Counter<'outcome'>;
  private readonly csatScores: Histogram;
  private readonly refused: Counter<'scope'>;
  private readonly dbOperations: Counter<'command'>;
  private readonly arrangementsRefused: Counter;

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.turns = new Counter({
      name: 'cjib_turns_total',
      help: 'Turns handled',
      labelNames: ['channel', 'type', 'result'],
      registers,
    });
    this.turnSeconds = new Histogram({
      name: 'cjib_turn_duration_seconds',
      help: 'Turn latency inside the server (lease, state, dialogs, save)',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.intents = new Counter({
      name: 'cjib_intents_total',
      help: 'Intents the router acted on',
      labelNames: ['intent'],
      registers,
    });
    this.fallbacks = new Counter({
      name: 'cjib_fallbacks_total',
      help: 'Messages the assistant did not understand',
      registers,
    });
    this.handoffs = new Counter({
      name: 'cjib_handoffs_total',
      help: 'Conversations handed to a person',
      registers,
    });
    this.outcomes = new Counter({
      name: 'cjib_conversation_outcomes_total',
      help: 'Conversation outcomes',
      labelNames: ['outcome'],
      registers,
    });
    this.csatScores = new Histogram({
      name: 'cjib_csat_score',
      help: 'Satisfaction ratings (1-5)',
      buckets: [1, 2, 3, 4, 5],
      registers,
    });
    this.refused = new Counter({
      name: 'cjib_rate_limited_total',
      help: 'Requests refused by a rate limit',
      labelNames: ['scope'],
      registers,
    });
    this.dbOperations = new Counter({
      name: 'cjib_db_operations_total',
      help: 'MongoDB commands sent',
      labelNames: ['command'],
      registers,
    });
    this.arrangementsRefused = new Counter({
      name: 'cjib_arrangement_requests_refused_total',
      help: 'Arrangement requests the back office refused for good (not retried; staff follow them up)',
      registers,
    });
    // Zero-initialise fixed series so dashboards show 0 rather than "no data".
    for (const outcome of OUTCOMES) this.outcomes.inc({ outcome }, 0);
    for (const scope of ['conversation', 'ip']) this.refused.inc({ scope }, 0);
  }

  /** Times one turn and counts it; outgoing `handoff.initiate` events count as handoffs. */
  async observeTurn(context: TurnContext, run: () => Promise<void>): Promise<void> {
    const type = bounded(context.activity.type, KNOWN_TYPES);
    const channel = bounded(context.activity.channelId, KNOWN_CHANNELS);
    context.onSendActivities(async (_ctx, activities, next) => {
      if (activities.some((a) => a.type === 'event' && a.name === 'handoff.initiate')) this.handoff();
      return next();
    });
    const end = this.turnSeconds.startTimer({ type });
    try {
      await run();
      this.turns.inc({ channel, type, result: 'ok' });
    } catch (err) {
      this.turns.inc({ channel, type, result: 'error' });
      throw err;
    } finally {
      end();
    }
  }

  intent(intent: IntentId): void {
    this.intents.inc({ intent: (INTENTS as readonly string[]).includes(intent) ? intent : 'other' });
  }

  fallback(): void {
    this.fallbacks.inc();
  }

  handoff(): void {
    this.handoffs.inc();
    this.outcomes.inc({ outcome: 'escalated' });
  }

  outcome(outcome: ConversationOutcome): void {
    if (outcome === 'escalated') return; // counted with the handoff itself
    if (OUTCOMES.includes(outcome)) this.outcomes.inc({ outcome });
  }

  csat(score: number): void {
    if (Number.isFinite(score) && score >= 1 && score <= 5) this.csatScores.observe(score);
  }

  /** Driver command names form a small fixed set (find, insert, update, delete, ping, …). */
  databaseOperation(command: string): void {
    this.dbOperations.inc({ command: /^[a-zA-Z]{1,32}$/.test(command) ? command : 'other' });
  }

  /** A filed request the back office will never accept: staff must follow it up. */
  arrangementRefused(): void {
    this.arrangementsRefused.inc();
  }

  rateLimited(scope: 'conversation' | 'ip'): void {
    this.refused.inc({ scope });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
