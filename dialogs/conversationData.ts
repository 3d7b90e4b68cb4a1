import type { StatePropertyAccessor } from 'botbuilder';
import type { AmountContext } from '../domain/knowledge/amountFollowUp';
import type { TopicId } from '../domain/knowledge/topics';
import type { IntentId } from '../domain/language/intents';
import type { Locale } from '../domain/language/locale';
import type { PartOfDay } from '../domain/ports/callbackStore';

/** What the assistant remembers about one conversation (lives in MongoDB with the conversation state). */
export interface ConversationData {
  welcomed?: boolean;
  /** The language this conversation is held in, once known (sticky between turns). */
  locale?: Locale;
  /** Set once the citizen heard that their language is not spoken here, and which are. */
  toldOtherLanguage?: boolean;
  /** A supported language the last message was written in, other than the conversation's (kept once). */
  languageSeen?: Locale;
  /** The citizen wrote the conversation's language (a sentence detected in it), not only a hello. */
  wroteLocale?: boolean;
  /** The language not spoken here the citizen last wrote in (ISO 639-1), for the staff's summary. */
  otherLanguage?: string;
  /** Misunderstood messages in a row; two in a row lead to the offer of a person. */
  misunderstandings?: number;
  /** The interpretations offered when the assistant was unsure; the next answer picks one. */
  pendingClarification?: IntentId[];
  /** Set while the assistant has offered a person and waits for yes/no. */
  personOffered?: boolean;
  /** The one next step said when that person is turned down with a bare "nee" (a locale key), not the menu. */
  declinedNext?: string;
  lastIntent?: IntentId;
  /** The channel's id of the citizen, so erasing the conversation also erases their user state. */
  citizenId?: string;
  /** Counts every message turn: proves that no turn's state is lost under concurrency. */
  turns?: number;
  /** Why the next handoff happens; set by a flow before it ends with `{ handoff: true }`, cleared by the handoff. */
  handoffReason?:
    'personal_arrangement' | 'cannot_pay' | 'broken_arrangement' | 'distress' | 'change_request';
  /** Set once the conversation was queued for staff: only then does each turn look up its handoff state. */
  handoffRequested?: boolean;
  /** Said once that the citizen writes for someone else ("namens mijn opa"): how that works, or whom "u" means. */
  forSomeoneElseSaid?: boolean;
  /** The dialog stack of a flow interrupted for the queue (and the turn of it): leaving the queue resumes it. */
  flowBeforeQueue?: { turn: number; stack: unknown[] };
  /**
   * A flow's own dialog stack at the question it was at when a person was asked for (and its
   * language): "nee, ga maar verder" to the call back offered instead goes on at that question.
   */
  questionBeforeCallback?: { flow: IntentId; locale: Locale; stack: unknown[] };
  /**
   * The verified debtor (set by IdentifyDebtorDialog), so later flows in this conversation do not
   * ask again: the CJIB numbers of the claims shown, how they were verified, and when (ISO).
   */
  identified?: { debtorId: string; cjibNumbers: string[]; via: 'signin' | 'cjibNumber'; at: string };
  /** An earlier identification of another person in this conversation, kept apart (see secondDebtor.ts). */
  otherIdentified?: { debtorId: string; cjibNumbers: string[]; via: 'signin' | 'cjibNumber'; at: string };
  /** The last CJIB number the citizen mentioned in this conversation, so the lookup does not ask for it again. */
  mentionedCjibNumber?: string;
  /** The licence (or car) answered as taken by the police: its follow-ups are the OM's matter too (takenByPolice.ts). */
  takenByPolice?: boolean;
  /** The seized thing answered about was the driving licence, not a car: "hoe krijg ik hem terug?" is the licence. */
  seizedLicence?: boolean;
  /**
   * The flow whose lookup failed because the back office was down (its number and postcode kept in
   * mentionedCjibNumber/mentionedPostcode): "probeer het nog eens" does that lookup again.
   */
  lookupOutage?: 'fine_status' | 'payment_arrangement';
  /** The lookup has asked for the fine in this conversation: answers no longer offer to look it up (lookupOffer.ts). */
  lookupStarted?: boolean;
  /** A postcode the citizen gave before any flow asked it ("mijn postcode is 8911 AB"), so the lookup does not ask it again. */
  mentionedPostcode?: string;
  /** A question about paying asked before the lookup (its kind only), answered once the fines are shown. */
  askedBeforeLookup?: 'overpaid' | 'paidNotSeen' | 'increaseIfLater' | 'instalmentUnpaid';
  /**
   * The contact of the arrangement request awaiting confirmation, so it is not asked again when the
   * flow starts over (a change of language); read back before sending, cleared on the answer.
   */
  arrangementContact?: { email?: string; phone?: string };
  /** The turn a no at the arrangement's confirmation was said: the next message may correct the contact or send after all. */
  declinedConfirmationTurn?: number;
  /** The request filed here: its first instalment if granted ("moet ik nu al iets betalen?"). */
  arrangementFiledTerms?: { monthlyCents: number; firstDueDate: string };
  /** The turn the schedule asked which fine should go in (see arrangementClaimChoice). */
  claimChoiceAskedTurn?: number;
  /** The arrangement flow starts again at its confirmation (see arrangementDeclinedResume). */
  resumeConfirmation?: boolean;
  /** The lookup or the arrangement flow showed an arrangement running: "deze maand lukt het niet" is then a missed instalment. */
  runningArrangement?: boolean;
  /** The lookup showed every fine still to pay with a bailiff: paying (and who pays) goes through the bailiff now. */
  bailiffShown?: boolean;
  /** An arrangement was requested in this conversation: "hoe lang duurt dat?" then asks about its decision. */
  arrangementFiled?: boolean;
  /**
   * The reference just given for an arrangement request, kept for the next message only: a
   * confirmation sent once more ("ja" again, a double tap) hears the same reference, not the menu.
   */
  referenceJustGiven?: string;
  /** The reference of the arrangement request filed in this conversation, for "what was my reference again?". */
  arrangementReference?: string;
  /**
   * A refusal of an arrangement that ended the flow (below the minimum, nothing left to arrange),
   * kept for the next message only: "waarom niet?" then hears the reason with the citizen's amounts.
   */
  refusalJustGiven?: { key: string; vars?: Record<string, string | number> };
  /** The arrangement flow said its fines are under appeal: asked again, the worry is answered instead. */
  appealRefusalShown?: boolean;
  /** The noodstop was explained in this conversation (with the offer of a person in distress). */
  noodstopExplained?: boolean;
  /** The part of the day of the callback asked for in this conversation, to answer 'When will you call me back?'. */
  callbackPart?: PartOfDay;
  /**
   * The last answer was about an amount that needs no lookup (the term table for an amount named, the
   * kantonrechter's security deposit): "hoeveel?" then is about it. Kept for the next message only.
   */
  amountContext?: AmountContext;
  /** The monthly amount the citizen said they can pay, below the standard one: staff see it with the handoff. */
  ownMonthlyCents?: number;
  /** The months the citizen wished for before the arrangement's schedule ("over 12 maanden"), said under it once. */
  monthsWished?: number;
  /** The flow the citizen just stopped ("stop"), for the next message only: "toch wel" starts it again. */
  stoppedFlow?: IntentId;
  /** The citizen said they have no letter or number, and heard the ways forward without one. */
  noLetterTold?: boolean;
  /** A question in a language not spoken here, answered in English on turn `turn` (its English gist when glossed). */
  foreignQuestion?: { text: string; turn: number };
  /** The knowledge topic answered mid-flow on turn `turn`: the next message may lean on it (asideFollowUp.ts). */
  asideTopic?: { topicId: TopicId; turn: number };
}

/** What the assistant remembers about the citizen across conversations on the same channel account. */
export interface UserProfile {
  /** Language the citizen chose explicitly; wins over detection and the channel's locale. */
  locale?: Locale;
}

export interface StateAccessors {
  conversation: StatePropertyAccessor<ConversationData>;
  user: StatePropertyAccessor<UserProfile>;
}
