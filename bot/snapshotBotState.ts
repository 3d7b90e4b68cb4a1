import {
  ConversationState,
  UserState,
  type StatePropertyAccessor,
  type Storage,
  type StoreItem,
  type TurnContext,
} from 'botbuilder';
import { putWriteJson, takeReadJson, takeWriteJson } from '../adapters/storage/storedJson';

interface Cached {
  state: StoreItem;
  /** JSON of the state as read or last written ('' = never saved, so the next save writes). */
  snapshot: string;
}

/** The state without its eTag, as JSON: what decides whether a turn changed anything. */
function snapshotOf(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * botbuilder's BotState, with the same storage keys, semantics and accessors, but it tells whether
 * a turn changed the state by comparing plain JSON snapshots. botbuilder hashes every load and
 * every save with a replacer-based stringify and SHA-256, which costs more than the rest of the
 * state handling together; bot state is plain JSON data, so the snapshot is exact and cheaper.
 */
class SnapshotState {
  private readonly key = Symbol('snapshotState');

  constructor(
    private readonly storage: Storage,
    private readonly storageKey: (context: TurnContext) => string,
  ) {}

  async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = context.turnState.get(this.key) as Cached | undefined;
    if (cached && !force) return cached.state;
    const key = this.storageKey(context);
    const items = await this.storage.read([key]);
    const state: StoreItem = items[key] ?? {};
    // A storage that keeps JSON says what it read: the same string, not made again.
    const snapshot = takeReadJson(state) ?? snapshotOf(state);
    context.turnState.set(this.key, { state, snapshot } satisfies Cached);
    return state;
  }

  /**
   * Writes a changed state with the eTag it was read with: if another turn wrote it meanwhile
   * (a lease that ran out), the write fails with an eTag conflict and the turn pipeline runs the
   * turn again on the new state. Our storages give the written item its new eTag, so a second save
   * in the same turn compares again; with a storage that does not, later saves of the turn overwrite.
   */
  async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = (context.turnState.get(this.key) as Cached | undefined) ?? { state: {}, snapshot: '' };
    const snapshot = snapshotOf(cached.state);
    if (!force && snapshot === cached.snapshot) return;
    const written = cached.state.eTag;
    // Handed to a storage that keeps JSON (taken off by it, or here when it did not).
    putWriteJson(cached.state, snapshot);
    try {
      await this.storage.write({ [this.storageKey(context)]: cached.state });
    } finally {
      takeWriteJson(cached.state);
    }
    if (written !== undefined && cached.state.eTag === written) cached.state.eTag = '*';
    cached.snapshot = snapshot;
    context.turnState.set(this.key, cached);
  }

  clear(context: TurnContext): void {
    context.turnState.set(this.key, { state: {}, snapshot: '' } satisfies Cached);
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    await this.storage.delete([this.storageKey(context)]);
  }

  get(context: TurnContext): StoreItem | undefined {
    return (context.turnState.get(this.key) as Cached | undefined)?.state;
  }

  /** The state of the turn, from the turn's cache when it was loaded (no promise chain to wait on). */
  stateOf(context: TurnContext): StoreItem | Promise<StoreItem> {
    return (context.turnState.get(this.key) as Cached | undefined)?.state ?? this.load(context);
  }
}

/**
 * A named property of the state, as botbuilder's BotStatePropertyAccessor: a missing value with a
 * default gets a copy of the default, stored. Dialogs read the conversation data a dozen times a
 * turn, so once the state is loaded a read answers from the turn's cache directly.
 */
class SnapshotPropertyAccessor<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: SnapshotState,
    readonly name: string,
  ) {}

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    const state = this.state.stateOf(context);
    return state instanceof Promise
      ? state.then((loaded) => this.read(loaded, defaultValue))
      : Promise.resolve(this.read(state, defaultValue));
  }

  async set(context: TurnContext, value: T): Promise<void> {
    (await this.state.stateOf(context))[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    delete (await this.state.stateOf(context))[this.name];
  }

  private read(state: StoreItem, defaultValue?: T): T | undefined {
    if (!Object.hasOwn(state, this.name) && defaultValue !== undefined) {
      state[this.name] =
        typeof defaultValue === 'object' ? (JSON.parse(JSON.stringify(defaultValue)) as T) : defaultValue;
    }
    return state[this.name] as T | undefined;
  }
}

/** Binds a BotState subclass's public state methods to a SnapshotState with the same storage key. */
function delegateTo(target: ConversationState | UserState, inner: SnapshotState): void {
  target.load = (context, force) => inner.load(context, force);
  target.saveChanges = (context, force) => inner.saveChanges(context, force);
  target.clear = async (context) => inner.clear(context);
  target.delete = (context) => inner.delete(context);
  target.get = (context) => inner.get(context);
  target.createProperty = <T>(name: string) => new SnapshotPropertyAccessor<T>(inner, name);
}

/** ConversationState (key `<channel>/conversations/<id>/`) with snapshot change detection. */
export class SnapshotConversationState extends ConversationState {
  constructor(storage: Storage) {
    super(storage);
    delegateTo(this, new SnapshotState(storage, (context) => this.getStorageKey(context) ?? ''));
  }
}

/** UserState (key `<channel>/users/<id>/`) with snapshot change detection. */
export class SnapshotUserState extends UserState {
  constructor(storage: Storage) {
    super(storage);
    delegateTo(this, new SnapshotState(storage, (context) => this.getStorageKey(context) ?? ''));
  }
}
