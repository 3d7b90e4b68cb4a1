/** "Hoe lang moet ik nog wachten?" while queued for staff: a question about the queue, not about fines. */
import { foldDiacritics } from '../language/normalizeText';

const WAITING =
  /hoe ?lang (moet ik |duurt (het|dat) )?(nog )?(wachten|duren)|wachttijd|wachtrij|aan de beurt|hoeveel (mensen )?((zijn|staan|wachten) )?(er )?(nog )?voor mij|how many (people )?((are|is) )?(still )?(ahead of|before|in front of) me|wie viele (leute |menschen |personen )?((sind|stehen|warten) )?(noch )?vor mir|ile (osob )?(jest )?(jeszcze )?przede mna|how long (do i have to |will i |until i |is the )?(wait|queue)|waiting time|my turn|in the queue|wie lange (muss ich |dauert es )?(noch )?(warten|dauern)|wartezeit|warteschlange|\bdran\b|jak dlugo (musze |bede )?(jeszcze )?czekac|czas oczekiwania|kolejk|ile (jeszcze )?(czasu )?(musze |bede |mam )?(jeszcze )?czekac|how long (do|will|must|shall) i (have to |need to )?(still )?wait|wie lange (muss |werde |soll )?ich (noch )?warten|wie lange warte ich|hoe ?lang (wacht ik|moet ik hier|ben ik nog)/;

/** Asked while queued, "how long will it take?" can only be about the queue. */
const HOW_LONG_STILL =
  /hoe ?lang (duurt|gaat) (het|dat|dit)( nog)?|hoe ?lang nog|duurt het (nog )?(lang|even)|wanneer (ben ik aan de beurt|krijg ik iemand|komt er iemand|word ik geholpen)|how (much )?long(er)? (will|does|is) (it|this|that)( going to)? (take|be|last)|how much longer|how long (still|now|more|to go)|am i next|wie lange noch|bin ich (jetzt |bald )?(dran|als nachste)|moja kolej|when (will|can|does) (someone|somebody|a person|staff|an agent)|still waiting|wie lange (dauert|geht) (es|das)( noch)?|dauert (es|das) noch( lange)?|wann (komme|bin) ich dran|wann meldet sich|dlugo jeszcze|ile jeszcze|jak dlugo (to )?(jeszcze )?(potrwa|trwa)|kiedy ktos|is (daar|er) (al )?iemand|(is )?(any|some)(one|body) (there|here|coming)|ist (da|hier) (schon )?jemand|jemand da|czy (ktos )?(tam|jest) (ktos|jest)|jest tam ktos|ktos tam jest/;

/**
 * "Waarom duurt het zo lang?", "ik wacht al een kwartier": impatience with the queue, asked or said.
 * Only in a short message: "waarom duurt het zo lang voordat mijn betaling verwerkt is" asks about fines.
 */
const TAKING_LONG =
  /waarom (duurt (het|dat|dit)|moet ik) (zo ?lang|zolang|zo lang)|duurt (het|dat|dit) (zo|erg|heel|wel erg) lang|ik (zit|sta|wacht) (hier )?al (zo ?lang|een|ruim|meer dan|\d+|heel)|why (is (it|this)|does (it|this)) tak(e|ing) (so|this) long|taking (so|this|forever|ages)( long)?|i'?ve been waiting|i have been waiting|warum dauert (es|das) (so )?lange|dauert (es|das) so lange|ich warte (schon|bereits)|dlaczego (to )?(tak dlugo|trwa tak dlugo)|czekam (juz|od)/;

const SHORT_WORDS = 7;

/**
 * "Schiet eens op, ik wacht al een half uur", "hurry up", "beeilen Sie sich", "pospieszcie się": urging
 * on, which is about the queue in a somewhat longer message too.
 */
const URGING =
  /schiet (eens |nou |toch |nu )?op|duurt (veel |echt |wel )?te lang|hurry up|please hurry|get a move on|tak(es|ing) too long|beeil\w*|dauert (viel |echt )?zu lange?|pospiesz\w*|^(prosze )?szybciej|trwa (za|zbyt) dlugo/;
const URGING_WORDS = 12;

export function asksAboutWaiting(text: string): boolean {
  const folded = foldDiacritics(text);
  return WAITING.test(folded) || HOW_LONG_STILL.test(folded);
}

/** Impatience with the queue in a short message: it deserves a "sorry for the wait" with the place in line. */
export function impatientWithQueue(text: string): boolean {
  const folded = foldDiacritics(text);
  const words = folded.trim().split(/\s+/).length;
  return (TAKING_LONG.test(folded) && words <= SHORT_WORDS) || (URGING.test(folded) && words <= URGING_WORDS);
}
