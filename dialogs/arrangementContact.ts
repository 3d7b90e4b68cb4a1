import type { TurnContext } from 'botbuilder';
import {
  contactGivenAlong,
  declinesToGiveContact,
  emailInTwoParts,
  isBareNo,
  isBareYes,
  saysHasNeitherContact,
  saysHasNoContact,
  wantsPhoneCall,
} from '../domain/arrangement/contactAnswer';
import { wantsToPayInFull } from '../domain/arrangement/payInFull';
import { scheduleObjection } from '../domain/arrangement/scheduleObjection';
import { isQuestion } from '../domain/knowledge/questionForm';
import { saysDontKnow, saysNotUnderstood } from '../domain/language/dontKnow';
import { phoneWithoutCountry } from '../domain/language/countryPhone';
import { needsCountryCode } from '../domain/language/phoneEntity';
import { asksWhyAsked } from '../domain/language/whyAsked';
import type { Recognition } from '../domain/ports/recognizer';
import { changedMind, readContact, understood } from './arrangementPrompts';
import { unseenOwnNumberKey } from './callerNumber';
import type { Proposal } from './arrangementFlowState';
import type { DialogDeps } from './dialogDeps';
import { say, text, turnRecognition } from './turn';

/** An e-mail address read from two messages together, handed from the contact prompt to the step after it. */
const CONTACT_IN_PARTS = Symbol('arrangement.contactInParts');

/** What the contact prompt remembers between attempts. */
interface ContactPromptState {
  /** The last answer that was no contact: the start of an e-mail address, perhaps. */
  previous?: string;
  /** Why the contact is asked was said already: the same text again helps nobody. */
  whyGiven?: boolean;
}

/** The e-mail address the contact prompt read from this message and the one before, if it did. */
export const contactInParts = (context: TurnContext): Proposal['contact'] =>
  context.turnState.get(CONTACT_IN_PARTS) as Proposal['contact'];

/** An e-mail address or phone number; a question or "ik heb geen e-mail" hears why and what else will do. */
export async function validateContact(
  deps: DialogDeps,
  prompt: { context: TurnContext; attemptCount: number; state: object },
): Promise<boolean> {
  const answer = prompt.context.activity.text ?? '';
  const state = prompt.state as ContactPromptState;
  const previous = state.previous;
  state.previous = undefined;
  const contact = await readContact(prompt.context, deps);
  // "jan punt jansen", then "apenstaartje gmail punt com": the two answers together.
  const email = !contact && previous ? emailInTwoParts(previous, answer) : undefined;
  if (email) {
    prompt.context.turnState.set(CONTACT_IN_PARTS, { email });
    return true;
  }
  // "Dit nummer" with the number withheld (or in a chat): it cannot be seen, so it is asked.
  const unseen = contact ? undefined : unseenOwnNumberKey(prompt.context, answer, 'arrangement');
  if (unseen && prompt.attemptCount < 3) {
    await say(prompt.context, deps, { text: text(prompt.context, deps, unseen), expectsInput: true });
    return false;
  }
  // "Bel me maar", "ruf mich an": by phone, so the number is asked.
  if (!contact && wantsPhoneCall(answer) && prompt.attemptCount < 3) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.phone'),
      expectsInput: true,
    });
    return false;
  }
  // "0171 1234567" from Germany: which country to call is asked, not guessed.
  // "612 345 678" (nine digits, no 0) outside a Polish conversation: which country is asked too.
  const noCountry = contact ? needsCountryCode(contact.phone ?? '') && !contact.email : phoneWithoutCountry(answer);
  if (noCountry && prompt.attemptCount < 3) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'common:phoneCountryCode'),
      expectsInput: true,
    });
    return false;
  }
  // A bare "ja" to "on which e-mail or phone?": go ahead and how, not "that is no e-mail address".
  if (!contact && isBareYes(answer) && prompt.attemptCount < 3) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.goAhead'),
      expectsInput: true,
    });
    return false;
  }
  if (await understood((c) => readContact(c, deps))(prompt)) return true;
  state.previous = answer;
  // Not a contact but an answer to the schedule after all ("het maandbedrag is toch te hoog").
  if (scheduleObjection(answer)) return true;
  // "Geen e-mail en geen telefoon", "mag ik dat niet geven?", or still no contact after hearing why:
  // the request cannot be sent from here; what else can be done (a person, the letter).
  // ("Ik heb geen e-mail" after why is answered by why itself: a phone number will do.)
  const askedAgain = state.whyGiven === true && (isQuestion(answer) || saysDontKnow(answer));
  // "Waarom moet ik dat geven?" the first time: why it is asked (not yet "then it cannot be sent").
  if (!state.whyGiven && asksWhyAsked(answer)) {
    state.whyGiven = true;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.why'),
      expectsInput: true,
    });
    return false;
  }
  // A bare "nee" to "on which e-mail or phone?": no contact, not yet "stop the request". Why it is
  // needed and how to stop; a second bare "nee" after that is taken as stopping (changedMind below).
  if (!state.whyGiven && isBareNo(answer)) {
    state.whyGiven = true;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.needed'),
      expectsInput: true,
    });
    return false;
  }
  if (saysHasNeitherContact(answer) || declinesToGiveContact(answer) || askedAgain) {
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.none'),
      expectsInput: true,
    });
    return false;
  }
  // "Actually no", "ich muss mir das überlegen": not now (askConfirmation says nothing was requested).
  if ((await changedMind(prompt.context, deps)) || wantsToPayInFull(answer)) return true;

  if (isQuestion(answer) || saysDontKnow(answer) || saysNotUnderstood(answer) || saysHasNoContact(answer)) {
    state.whyGiven = true;
    await say(prompt.context, deps, {
      text: text(prompt.context, deps, 'arrangement:contact.why'),
      expectsInput: true,
    });
  }
  return false;
}

/**
 * An e-mail address or phone number given before the contact question (with the request, with
 * the letter's number), kept so the contact question reads it back instead of asking it.
 */
export async function rememberContact(
  context: TurnContext,
  deps: DialogDeps,
  recognition?: Recognition,
): Promise<void> {
  const { entities } = recognition ?? (await turnRecognition(context, deps));
  const contact = contactGivenAlong(entities);
  if (contact) (await deps.state.conversation.get(context, {})).arrangementContact = contact;
}
