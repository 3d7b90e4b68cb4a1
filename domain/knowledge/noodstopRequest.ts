import { followUpKind } from './followUpTopic';
import { normalizeQuestion } from './normalizeQuestion';

/*
 * A noodstop is requested from a member of CJIB staff (DOMAIN.md §1.5: personally, by phone); the
 * assistant cannot do it. So a citizen who wants one is offered a person, and "kan dat via jou?" is
 * answered with no, and the offer.
 */

const NOODSTOP = /noodstop|emergency stop|notstopp|wstrzymani\w* awaryjn/;
const APPLY =
  /aanvra|vraag\b[a-z ]{0,25}\baan\b|\bapply|request|ask for|beantrag|wniosek|wniosk|zlozyc|poprosic/;
const WANTS =
  /\b(ik wil|ik wil graag|i want|i would like|id like|ich mochte|ich will|ich brauche|chce|chcialbym|chcialabym|potrzebuje)\b/;

/**
 * "Ik wil een noodstop aanvragen", "how do I apply for an emergency stop?"; after the noodstop's answer
 * also "hoe vraag ik die aan?" (`afterNoodstop`).
 */
export function asksToApplyForNoodstop(text: string, afterNoodstop = false): boolean {
  const normalized = normalizeQuestion(text);
  const about = NOODSTOP.test(normalized) || afterNoodstop;
  return about && (APPLY.test(normalized) || WANTS.test(normalized) || followUpKind(text) === 'apply');
}

const BY_ASSISTANT = [
  // "kan dat via jou?", "kun je dat voor mij aanvragen?", "kan ik die hier aanvragen?"
  /\b(kan|kun|kunt) (dat|het|dit|die) (ook )?(via|bij|door|met) (jou|u|je|jullie|de chat|deze chat|hier)\b/,
  /\b(kan|kun|kunt) (je|jij|u) (dat|het|dit|die|hem|de noodstop|een noodstop) (ook )?(voor mij |voor me )?(doen|regelen|aanvragen|vragen|in gang zetten)\b/,
  /\bkan ik (dat|het|die|hem|de noodstop) (ook )?(hier|via jou|bij jou|via u|bij u|in deze chat) (aanvragen|doen|regelen)\b/,
  // "can you do that for me?", "can I request it here?"
  /\bcan (you|u) (do|request|arrange|apply for|sort out|set up) (that|it|this|one)\b/,
  /\bcan i (do|request|get|apply for) (it|that|this|one) (here|through you|via you|with you|in this chat)\b/,
  // "Können Sie das für mich beantragen?", "geht das über Sie?"
  /\b(kannst du|konnen sie|konntest du|konnten sie) (das|den notstopp|einen notstopp|ihn|es) (auch )?(fur mich )?(machen|beantragen|erledigen|einrichten)\b/,
  /\b(geht|klappt) (das|es) (auch )?(uber|bei|mit) (dich|ihnen|sie|hier)\b/,
  /\bkann ich (das|ihn|es|den notstopp) (auch )?(hier|uber sie|bei ihnen|uber dich|bei dir) beantragen\b/,
  // "czy możesz to za mnie załatwić?", "czy mogę to załatwić tutaj?"
  /\bczy (mozesz|moze pan|moze pani|mozecie) (to|go|je) (za mnie |dla mnie )?(zrobic|zalatwic|zlozyc|zglosic)\b/,
  /\b(czy )?(mozna|moge|da sie) (to|go|je) (zalatwic|zrobic|zlozyc|zglosic) (tutaj|tu|przez ciebie|u ciebie|w tym czacie)\b/,
];

/** "Kan dat via jou?", "can you do that for me?", "können Sie das für mich beantragen?" */
export function asksAssistantToDoIt(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return BY_ASSISTANT.some((cue) => cue.test(normalized));
}
