import { ConversationState, MemoryStorage, UserState, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { ChannelReplyRenderer } from '../../adapters/channels/channelReplyRenderer';
import { InMemoryCollectionSystem } from '../../adapters/collection/inMemoryCollectionSystem';
import { MemoryArrangementRequestStore } from '../../adapters/storage/memoryArrangementRequestStore';
import { I18nLocalizer } from '../../bot/i18n';
import { DEFAULT_ARRANGEMENT_POLICY } from '../../domain/arrangement/arrangementPolicy';
import { INTENT_CONFIDENCE_THRESHOLD } from '../../domain/language/confidence';
import { CollectionUnavailableError } from '../../domain/errors';
import type { ArrangementRequestStore } from '../../domain/ports/arrangementRequestStore';
import type { CollectionSystem } from '../../domain/ports/collectionSystem';
import type { ConversationData, UserProfile } from '../../dialogs/conversationData';
import type { DialogDeps } from '../../dialogs/dialogDeps';
import { PaymentArrangementDialog } from '../../dialogs/paymentArrangementDialog';
import { setTurnLocale } from '../../dialogs/turn';
import { localRecognizer } from '../support/nluModel';

const clock = { now: () => new Date('2026-11-22T10:00:00+01:00') };
const localizer = I18nLocalizer.create();

/** A store whose writes can fail before or after they happen, as a database connection can. */
class FlakyStore extends MemoryArrangementRequestStore {
  failure: 'none' | 'beforeWrite' | 'afterWrite' | 'down' = 'none';
  override async create(...args: Parameters<ArrangementRequestStore['create']>) {
    if (this.failure === 'beforeWrite' || this.failure === 'down') throw new Error('connection reset');
    const created = await super.create(...args);
    if (this.failure === 'afterWrite') throw new Error('connection reset after the write');
    return created;
  }
  override async findByKey(key: string) {
    if (this.failure === 'down') throw new Error('connection reset');
    return super.findByKey(key);
  }
}

async function setup(collection?: CollectionSystem) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const requests = new FlakyStore();
  const deps: DialogDeps = {
    recognizer: localRecognizer(),
    localizer,
    renderer: new ChannelReplyRenderer(localizer),
    clock,
    confidenceThreshold: INTENT_CONFIDENCE_THRESHOLD,
    state: {
      conversation: conversationState.createProperty<ConversationData>('conversationData'),
      user: userState.createProperty<UserProfile>('userProfile'),
    },
    collection: collection ?? (await InMemoryCollectionSystem.start(clock)),
    arrangements: { policy: DEFAULT_ARRANGEMENT_POLICY, requests },
  };
  /** A new conversation with the dialog (each client is its own conversation). */
  const client = () =>
    new DialogTestClient(
      'test',
      new PaymentArrangementDialog(deps),
      undefined,
      [
        {
          async onTurn(context: TurnContext, next: () => Promise<void>) {
            setTurnLocale(context, 'nl');
            await next();
            await conversationState.saveChanges(context);
          },
        },
      ],
      conversationState,
    );
  return { requests, client };
}

/** Sends a message and returns every reply's text. */
async function say(client: DialogTestClient, message: string): Promise<string> {
  const replies: Partial<Activity>[] = [];
  for (let reply = await client.sendActivity(message); reply; reply = client.getNextReply())
    replies.push(reply);
  return replies.map((r) => r.text ?? '').join(' ');
}

/** D01 up to the confirmation question. */
async function upToConfirmation(client: DialogTestClient): Promise<void> {
  await say(client, 'Ik wil een betalingsregeling aanvragen');
  await say(client, '9698948614580658');
  expect(await say(client, '8911 AB')).toContain('€ 21,50 per maand');
  await say(client, 'ja');
  expect(await say(client, 'jan@example.nl')).toContain('versturen?');
}

describe('PaymentArrangementDialog: filing exactly once', () => {
  it('a write that happened although the database answered with an error still gives the reference', async () => {
    const { requests, client } = await setup();
    const c = client();
    await upToConfirmation(c);
    requests.failure = 'afterWrite';
    const reply = await say(c, 'ja');
    const stored = (await requests.countByState()).pending;
    expect(stored).toBe(1);
    expect(reply).toMatch(/Uw referentienummer is \*\*BR-2026-\d{8}\*\*/);
  });

  it('a write that did not happen is not claimed either way; asking again files it once', async () => {
    const { requests, client } = await setup();
    const first = client();
    await upToConfirmation(first);
    requests.failure = 'down';
    expect(await say(first, 'ja')).toMatch(/niet bevestigen.*nooit twee keer/);
    requests.failure = 'none';
    expect((await requests.countByState()).pending).toBe(0);

    const second = client();
    await upToConfirmation(second);
    const filed = /BR-2026-\d{8}/.exec(await say(second, 'ja'))?.[0];
    expect(filed).toBeDefined();
    const third = client();
    await say(third, 'Ik wil een betalingsregeling aanvragen');
    await say(third, '9698948614580658');
    expect(await say(third, '8911 AB')).toContain(`al aangevraagd. Uw referentienummer is **${filed}**`);
    expect((await requests.countByState()).pending).toBe(1);
  });

  it('a back office that cannot answer about the debtor: nothing is proposed or filed', async () => {
    const demo = await InMemoryCollectionSystem.start(clock);
    const down = Object.assign(Object.create(demo) as CollectionSystem, {
      getArrangementStatus: async () => {
        throw new CollectionUnavailableError('test');
      },
    });
    const { requests, client } = await setup(down);
    const c = client();
    await say(c, 'Ik wil een betalingsregeling aanvragen');
    await say(c, '9698948614580658');
    expect(await say(c, '8911 AB')).toMatch(/lukt mij nu niet.*Er is niets aangevraagd/);
    expect((await requests.countByState()).pending).toBe(0);
  });
});
