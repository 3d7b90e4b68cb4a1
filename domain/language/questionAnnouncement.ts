import { normalizeText } from './normalizeText';

/**
 * "Nog één vraag", "I have one more question", "noch eine Frage", "jeszcze jedno pytanie": the
 * citizen announces a question without asking it yet. Not an answer to the flow's question and not a
 * question for the knowledge base: the assistant invites it, and the flow's question stays open.
 * A message that goes on to ask the question itself ("nog één vraag: komt er rente bij?") is not
 * this; it is answered as a question.
 */

/** The announcement itself, in nl, en, de and pl (text normalised: folded, no punctuation). */
const CUE = [
  // nl
  '(?:ik )?(?:heb |had )?(?:nog )?(?:een|1) (?:vraag|vraagje)(?: nog)?',
  'nog (?:een|1) (?:vraag|vraagje|ding)',
  'nog (?:iets|wat)',
  '(?:mag|kan) ik (?:u |je )?(?:nog )?(?:iets|wat|een vraag|een vraagje) vragen',
  '(?:mag|kan) ik (?:nog )?(?:een|1) (?:vraag|vraagje) stellen',
  // en
  '(?:i )?(?:still |also )?(?:have|got) (?:a|one|another|1) (?:more )?question',
  '(?:one|1) more (?:question|thing)',
  '(?:another|a quick|one quick) question',
  '(?:can|could|may) i ask (?:you )?(?:something|a question|another question|one more (?:question|thing))',
  // de
  '(?:ich )?(?:hatte|habe|hab) (?:noch )?(?:eine|1) (?:kurze )?frage',
  'noch (?:eine|1) (?:kurze )?(?:frage|sache)',
  'eine (?:kurze )?frage noch',
  '(?:darf|kann) ich (?:sie )?(?:noch )?(?:etwas|was|eine frage) (?:fragen|stellen)',
  // pl
  '(?:mam )?jeszcze (?:jedno |jedno krotkie )?pytanie',
  'mam (?:jedno |takie )?pytanie(?: jeszcze)?',
  '(?:jedno )?pytanie jeszcze',
  'jeszcze jedna (?:sprawa|rzecz)',
  '(?:czy )?(?:moge|mozna) (?:jeszcze )?(?:o cos|o jedno|cos) zapytac',
].join('|');

/** Words around it that ask nothing themselves: "wacht", "sorry", "ok", "maar eerst", "before you send it". */
const FILLER =
  '(?:dank je|dank u|dankjewel|dankuwel|bedankt|thanks|thank you|danke|dziekuje|dzieki|ok|oke|okay|oh|eh|ehm|uh|um|hmm|sorry|ja|yes|tak|ach|ah|och|wacht|wait|warte|moment|maar|but|aber|ale|eerst|first|erst|zuerst|najpierw|nog|still|noch|jeszcze|even|mal|nou|well|also|no|dan|then|dann|to|eigenlijk|actually|eigentlich|wlasciwie|alstublieft|please|bitte|prosze|voordat|before|bevor|zanim|u|je|het|it|es|verstuurt|send|sent|senden|absenden|schicken|wyslesz|wyslac|versturen|hoor|hier|tu)';

const ANNOUNCEMENT = new RegExp(`^(?:${FILLER} )*(?:${CUE})(?: ${FILLER})*$`);

export function announcesQuestion(message: string): boolean {
  const normal = normalizeText(message);
  return normal.split(' ').length <= 10 && ANNOUNCEMENT.test(normal);
}
