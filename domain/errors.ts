/** Typed failures the dialogs can answer kindly, whatever adapter raised them. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** The back office (or another dependency) cannot answer now: apologise, offer a person, retry later. */
export class CollectionUnavailableError extends Error {
  constructor(reason: string) {
    super(`collection system unavailable: ${reason}`);
    this.name = 'CollectionUnavailableError';
  }
}
