/** "Hoe lang moet ik nog wachten?" while queued for staff: a question about the queue, not about fines. */
import { foldDiacritics } from '../language/normalizeText';

const WAITING =
  /hoe ?lang (moet ik |duurt (het|dat) )?(nog )?(wachten|duren)|wachttijd|wachtrij|aan de beurt|hoeveel mensen (zijn )?voor mij|how long (do i have to |will i |until i |is the )?(wait|queue)|waiting time|my turn|in the queue|wie lange (muss ich |dauert es )?(noch )?(warten|dauern)|wartezeit|warteschlange|\bdran\b|jak dlugo (musze |bede )?(jeszcze )?czekac|czas oczekiwania|kolejk/;

export function asksAboutWaiting(text: string): boolean {
  return WAITING.test(foldDiacritics(text));
}
