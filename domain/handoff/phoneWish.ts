import { asksForCallback } from '../language/callbackRequest';
import { normalizeText } from '../language/normalizeText';

/**
 * "Mag ik gewoon iemand bellen?", "kan ik jullie ook bellen?", "can I just phone you?", "kann ich
 * Sie anrufen?", "czy mogę do kogoś zadzwonić?", "… po polsku przez telefon?": the citizen wants to
 * phone the CJIB. That is a person asked for, but by phone: the way to phone (the numbers depend on
 * the fine, DOMAIN.md contact channels) or a call back, not a place in the chat queue.
 * Being called ("bel mij terug", "kan iemand mij bellen?") is a callback request, not this.
 * Texts are normalised (no diacritics, no punctuation).
 */
const PHONE_WISH = new RegExp(
  [
    // nl
    '(kan|mag|kun|moet) ik (\\w+ ){0,3}(bellen|opbellen)',
    'ik (wil|ga) (\\w+ ){0,3}(bellen|opbellen)|liever bellen|(telefonisch|via de telefoon|per telefoon|aan de telefoon)',
    '(welk|wat is het|een) (telefoon)?nummer (\\w+ ){0,2}(kan|moet) ik bellen|is er een nummer',
    // en
    '(can|may|could|should) i (\\w+ ){0,3}(call|phone|ring)\\b(?! me)',
    'i (want|would like|d like|wanna|prefer) to (\\w+ ){0,2}(call|phone|ring)|rather (call|phone)|by phone|over the phone|on the phone',
    '(what|which) (phone )?number (can|do|should) i (call|ring)|a (phone )?number i can (call|ring)',
    // de
    '(kann|darf|konnte|soll) ich (\\w+ ){0,3}anrufen|ich (mochte|will|wurde gern) (\\w+ ){0,3}anrufen|lieber anrufen',
    'telefonisch|am telefon|per telefon|welche (telefon)?nummer',
    // pl
    '(moge|mozna|moglbym|moglabym) (\\w+ ){0,3}zadzwonic|chce (\\w+ ){0,3}zadzwonic|wole zadzwonic',
    'przez telefon|telefonicznie|pod jaki numer|jaki numer',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

export function wantsToPhone(text: string): boolean {
  if (asksForCallback(text)) return false;
  return PHONE_WISH.test(normalizeText(text));
}
