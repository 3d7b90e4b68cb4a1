import type { StoreItem } from 'botbuilder';

/**
 * The JSON of a state item without its eTag, handed between the bot's state and a storage that
 * keeps items as JSON, so the same string is not made twice in a turn: the storage notes what it
 * read an item from (the bot's state compares the turn's end against it), and the bot's state notes
 * what it is about to write (the storage stores it). Each side takes the note when it uses it, so
 * a note never outlives the moment it was right for. Kept beside the item, not on it: the item's
 * shape, its JSON and its BSON stay as they are.
 */
const asRead = new WeakMap<StoreItem, string>();
const toWrite = new WeakMap<StoreItem, string>();

function take(notes: WeakMap<StoreItem, string>, item: StoreItem): string | undefined {
  const json = notes.get(item);
  if (json !== undefined) notes.delete(item);
  return json;
}

/** Storage side of a read: the item's JSON as stored. */
export function putReadJson(item: StoreItem, json: string): void {
  asRead.set(item, json);
}

/** State side of a read: the JSON the storage read the item from, once (undefined when it did not say). */
export function takeReadJson(item: StoreItem): string | undefined {
  return take(asRead, item);
}

/** State side of a write: the item's JSON without its eTag, made just now. */
export function putWriteJson(item: StoreItem, json: string): void {
  toWrite.set(item, json);
}

/** Storage side of a write: that JSON, once (undefined when the writer did not give it). */
export function takeWriteJson(item: StoreItem): string | undefined {
  return take(toWrite, item);
}
