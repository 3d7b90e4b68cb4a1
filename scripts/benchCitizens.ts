/**
 * The simulated citizens of `npm run bench`: each is one new conversation that runs one journey
 * turn by turn, over HTTP with `deliveryMode: expectReplies` (the reply comes in the response).
 * Lookups and arrangements use the bench's synthetic records (benchRecords.ts), a debtor each.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { BenchDebtor } from './benchRecords';

export type JourneyName = 'welcome' | 'faq' | 'lookup' | 'arrangement' | 'echo';

/** Hands out the debtors of the bench's records in turn (bench.ts writes one per journey needed). */
export class DebtorPool {
  private next = 0;

  constructor(private readonly debtors: BenchDebtor[]) {}

  take(): BenchDebtor {
    if (this.debtors.length === 0) throw new Error('this journey needs the bench records');
    const debtor = this.debtors[this.next % this.debtors.length];
    this.next++;
    return debtor;
  }

  /** How many journeys took a debtor; more than there are means some repeated a filed arrangement. */
  get taken(): number {
    return this.next;
  }

  get size(): number {
    return this.debtors.length;
  }
}

/** Every journey starts with the chat opening (conversationUpdate): the welcome with the AI disclosure. */
export function journey(name: JourneyName, index: number, debtors: DebtorPool): (string | null)[] {
  switch (name) {
    case 'welcome':
      return [null];
    case 'faq':
      return [null, 'Hoe kan ik mijn boete betalen?', 'Wat gebeurt er als ik te laat betaal?'];
    case 'lookup': {
      const debtor = debtors.take();
      return [null, 'Ik wil weten wat ik nog moet betalen', debtor.cjib, debtor.postcode];
    }
    case 'arrangement': {
      const debtor = debtors.take();
      return [
        null,
        'Ik wil een betalingsregeling',
        debtor.cjib,
        debtor.postcode,
        'ja',
        `burger${index}@example.nl`,
        'ja',
      ];
    }
    case 'echo':
      return ['hallo', 'Hoe kan ik mijn boete betalen?', 'dank je wel'];
  }
}

/** The mixed workload: journeys in turn, so every kind is equally represented. */
export const MIXED: JourneyName[] = ['welcome', 'faq', 'lookup', 'arrangement'];

export interface TurnResult {
  ok: boolean;
  status: number;
  replies: number;
  /** Text of the replies, for the error check. */
  text: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

/** Posts one activity and waits for the replies. */
export function postTurn(
  base: URL,
  conversationId: string,
  userId: string,
  text: string | null,
): Promise<TurnResult> {
  const activity = {
    type: text === null ? 'conversationUpdate' : 'message',
    id: randomUUID(),
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id: conversationId },
    from: { id: userId },
    recipient: { id: 'bot' },
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    ...(text === null ? { membersAdded: [{ id: userId }] } : { text }),
  };
  const body = JSON.stringify(activity);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: '/api/messages',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString();
          let replies: { text?: string }[] = [];
          try {
            replies = (JSON.parse(raw) as { activities?: { text?: string }[] }).activities ?? [];
          } catch {
            // not JSON: counted as an error below
          }
          const replyText = replies.map((r) => r.text ?? '').join('\n');
          resolve({
            ok: res.statusCode === 200,
            status: res.statusCode ?? 0,
            replies: replies.length,
            text: replyText,
          });
        });
      },
    );
    req.on('error', () => resolve({ ok: false, status: 0, replies: 0, text: '' }));
    req.end(body);
  });
}

/** A citizen: a new conversation per journey. */
export class Citizen {
  private steps: (string | null)[] = [];
  private conversationId = '';
  private userId = '';
  private journeys = 0;

  constructor(
    private readonly base: URL,
    private readonly kinds: JourneyName[],
    private readonly seed: number,
    private readonly debtors: DebtorPool = new DebtorPool([]),
  ) {}

  /** The next turn of the current journey (a new journey when the last one is done). */
  nextTurn(): Promise<TurnResult> {
    if (this.steps.length === 0) {
      const kind = this.kinds[(this.seed + this.journeys) % this.kinds.length];
      this.steps = journey(kind, this.seed + this.journeys, this.debtors);
      this.conversationId = `bench-${randomUUID()}`;
      this.userId = `citizen-${this.seed}-${this.journeys}`;
      this.journeys++;
    }
    return postTurn(this.base, this.conversationId, this.userId, this.steps.shift()!);
  }
}
