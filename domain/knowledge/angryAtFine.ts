import { normalizeQuestion } from './normalizeQuestion';

/**
 * "This is ridiculous, I got fined 300 euros for 35 over on an empty motorway, you people are thieves",
 * "to zdzierstwo, 300 euro mandatu, złodzieje": anger at a fine itself, not a question the words name.
 * The answer hears the anger, says the CJIB does not set the fine but collects it, and how to appeal
 * (DOMAIN.md §4), with a person offered. A message, link or payment request to doubt is the scam
 * answer's; calling the CJIB "oplichters"/"Betrüger" is already the complaint route (cjibComplaint.ts).
 * Works on normalizeQuestion's text (spaces at both ends).
 */
const ANGER =
  / (ridiculous|outrageous|disgrace\w*|scandal\w*|daylight robbery|robbery|rip ?off|ripoff|thie(f|ves)|crooks?|theft|extortion|unfair|unjust|a joke|belachelijk\w*|schandalig\w*|diefstal|dieven|zakkenvullers?|onterecht|abzocke|abzocker|frechheit|unverschamt\w*|lacherlich|wucher|diebe|ungerecht|skandal\w*|zdzierstw\w*|zlodzie\w*|kradziez\w*|kpina|granda|niesprawiedliw\w*|rozboj\w*) /;

/** The fine, its amount or the offence: what the anger is about. */
const FINE =
  / (fined|fine|fines|ticket|penalty|speeding|boete\w*|bekeuring\w*|geflitst|bussgeld\w*|strafzettel|knollchen|geblitzt|mandat\w*|grzywn\w*|fotoradar\w*|euros?|eur|\d+ ?(km ?h|kmh|kph|mph|over|te hard|zu schnell|za szybko)) /;

/** A message, link, call or payment request: the scam answer's question. */
const MESSAGE =
  / (sms\w*|whatsapp|email\w*|mail|message|text|link\w*|tikkie|payment request|betaalverzoek|bericht|nachricht|wiadomosc\w*|called|gebeld|angerufen|dzwonil\w*) /;

export function angryAtFine(text: string): boolean {
  const q = normalizeQuestion(text);
  return ANGER.test(q) && FINE.test(q) && !MESSAGE.test(q);
}
