/**
 * "Laat maar zitten", "forget it", "vergiss es", "nie chcę już", "koniec": the citizen wants to stop
 * what is under way. Only a whole message of such words: "stop met wachten" or "ik wil stoppen met
 * betalen" say more and are left to the recogniser. Two of them in a row ("laat maar, stop", "never
 * mind, cancel", "lass mal, abbrechen") say it twice, not something else.
 */
import { normalizeText } from './normalizeText';

const LEAD = '(?:(?:nee|no|nein|nie|ach|oh|ok|oke|okay|sorry|dan|then|dann|to|weet je wat|you know what)\\s+)*';
const STOP = [
  // nl
  'laat (maar|ook maar)( zitten| gaan)?',
  'stop( maar| ermee| er maar mee)?',
  '(ik wil )?stoppen',
  'hou (maar )?op',
  '(ik )?(wil )?(het )?(annuleren|afbreken)',
  'ik hoef (het )?niet meer',
  'vergeet (het|dat)( maar)?',
  'hoeft niet (meer)?',
  // en
'(just )?forget (it|about it)',
  'never ?mind',
  'cancel( (it|that|this))?',
  'stop( (it|that|this))?',
  'i (want|d like) to stop',
  'leave it',
  // de
  'vergiss (es|das)',
  'lass (es|das|mal)( sein| bleiben| gut sein)?',
  'abbrechen',
  'aufhoren',
  'ich (mochte|will) (nicht mehr|aufhoren|abbrechen)',
  // pl
  'koniec',
  'anuluj',
  'przerwij',
  'nie chce (juz|dalej)',
  'zostaw (to)?',
  'daj spokoj',
  'rezygnuje',
  'niewazne',
].join('|');
const POLITE = '(?:\\s+(?:maar|hoor|dan|please|bitte|prosze|thanks|dank je|dank u|danke|dziekuje))*';
const STOPPING = new RegExp(`^${LEAD}(?:${STOP})(?:${POLITE}\\s+(?:${STOP}))*${POLITE}$`);

export function wantsToStop(text: string): boolean {
  return STOPPING.test(normalizeText(text));
}
