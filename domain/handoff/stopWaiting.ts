import { normalizeText } from '../language/normalizeText';
import { declinesPerson } from './personRequest';

/**
 * "Laat maar, ik wil toch geen medewerker meer", "never mind, I don't want to wait", "ich will nicht
 * mehr warten", "nie chcę już czekać": while queued, a wish to stop waiting in the citizen's own
 * words. It leaves the queue as the "stop waiting" choice does. Texts are normalised.
 */
const STOP_WAITING = new RegExp(
  [
    // nl
    // Not "laat maar zien wat ik moet betalen" or "dus ik hoef niet meer te betalen?": those ask something.
    '^laat (ook )?maar( zitten| hoor| dan)?$|^laat (ook )?maar( zitten)? (ik|dan|hoor)|hoeft? (al )?(niet|geen medewerker|niemand) meer( te wachten)?$|(wil|ga) (niet|toch niet) (meer |langer )?wachten|niet (meer|langer) wachten|stop (met )?wachten|uit de (wacht)?rij|ik (ga|haak) af|ik geef het op|vergeet (het )?maar',
    // en
    'never ?mind|forget (it|about it)|(dont|do not|no longer) want to wait|(not|no longer) (going to )?wait(ing)?( any ?more| any longer)?|stop waiting|leave the queue|cancel( the)? (queue|request|waiting)|i give up|dont bother',
    // de
    'vergiss es|(will|mochte) (nicht|nicht mehr) (mehr |langer )?warten|nicht (mehr|langer) warten|(aus der )?warteschlange verlassen|hat sich erledigt|schon gut|lassen sie es|ich gebe auf|nicht mehr notig',
    // pl
    'niewazne|nie wazne|nie chce (juz )?(dluzej )?czekac|nie (bede|bedę) (juz )?czekac|przestan czekac|rezygnuje|daj(cie)? spokoj|juz nie trzeba|zapomnij',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

/** "Toch geen medewerker meer", "no human any more": the person turned down while waiting for one. */
export function wantsToStopWaiting(text: string): boolean {
  const normal = normalizeText(text);
  return STOP_WAITING.test(normal) || declinesPerson(text);
}
