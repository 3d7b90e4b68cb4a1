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

/**
 * The back office refused a request for good (it is invalid as it stands, or conflicts with one on
 * file): sending it again cannot help, so it is not retried; staff follow it up.
 */
export class RequestRefusedError extends Error {
  constructor(status: number) {
    super(`request refused by the back office (status ${status})`);
    this.name = 'RequestRefusedError';
  }
}
