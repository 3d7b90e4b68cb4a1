import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './eTagConflictError';
import { putReadJson, takeWriteJson } from './storedJson';

interface Stored {
  eTag: string;
  /** The item as JSON: every read gets its own copy. */
  json: string;
}

/**
 * botbuilder `Storage` in process memory (STORAGE=memory), with the semantics of botbuilder's
 * MemoryStorage and of MongoStorage: no eTag or "*" overwrites; any other eTag must match the
 * stored one. Like MongoStorage, a written item is given its new eTag, so the same turn can save
 * it again and still compare against what it stored.
 */
export class MemoryStateStorage implements Storage {
  private readonly items = new Map<string, Stored>();
  private nextETag = 1;

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      if (!stored) continue;
      const item = JSON.parse(stored.json) as StoreItem;
      item.eTag = stored.eTag;
      putReadJson(item, stored.json);
      found[key] = item;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const given = item ? takeWriteJson(item) : undefined;
      const expected = (item as StoreItem | undefined)?.eTag;
      const stored = this.items.get(key);
      if (
        stored &&
        typeof expected === 'string' &&
        expected !== '' &&
        expected !== '*' &&
        expected !== stored.eTag
      )
        throw new ETagConflictError(key);
      const eTag = String(this.nextETag++);
      this.items.set(key, { eTag, json: given ?? jsonWithoutETag(item) });
      if (item) item.eTag = eTag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}

function jsonWithoutETag(item: StoreItem | undefined): string {
  const { eTag: _eTag, ...data } = item ?? {};
  return JSON.stringify(data);
}
