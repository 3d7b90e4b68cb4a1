/**
 * Runs one turn at a time per conversation, so two quick messages are processed in order and
 * neither overwrites the other's state. The MongoDB implementation also works across processes.
 */
export interface TurnLock {
  runExclusive<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
}
