/** A write whose eTag no longer matches the stored item: someone else wrote it since it was read. */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict writing "${key}"`);
    this.name = 'ETagConflictError';
  }
}
