import { nluModel } from './nluModel';

/** Trains the language model once before the test workers start, so no two workers train it at once. */
export default function globalSetup(): void {
  nluModel();
}
