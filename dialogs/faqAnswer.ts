import { askedText } from './glossedQuestion';
import type { TurnContext } from 'botbuilder';
import { prisonLead } from '../domain/knowledge/directAnswer';
import { isNextStepPage } from '../domain/knowledge/linkedPages';
import { situationLead } from '../domain/knowledge/situationLead';
import { askedLead } from '../domain/knowledge/askedFirst';
import { specificLead } from '../domain/knowledge/specificAsks';
import { WHOLE_ANSWER_LEADS } from '../domain/knowledge/moneyAsks';
import { LOOKUP_OFFERING_LEADS } from '../domain/knowledge/reminderAsks';
import { isWholePracticalLead } from '../domain/knowledge/practicalAsks';
import { feelingSaid } from '../domain/knowledge/feelingSaid';
import { abroadLead } from '../domain/knowledge/livingAbroad';
import { asksAsPayer } from '../domain/knowledge/compensationPayer';
import { saysWorried } from '../domain/language/worry';
import { showsHardship } from '../domain/handoff/hardshipSituation';
import type { Locale } from '../domain/language/locale';
import { topicValue, type TopicId } from '../domain/knowledge/topics';
import type { Localizer } from '../domain/ports/localizer';
import type { Reply, ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { type FittedAnswer, fitToShownClaims } from './shownClaimsAnswers';
import { smsShort } from './smsShortAnswer';
import { rememberSeized } from './directFollowUp';
import { amountLead, decisionTimeLead } from './faqLeads';
import { dropLookupOfferIfLooking, withoutLookupChoice } from './lookupOffer';
import { isSpeechTurn, say, turnLocale } from './turn';

// (The FAQ dialog and its follow-ups take the amount's lead from here, beside the answers.)
export { amountLead } from './faqLeads';

interface TopicLink {
  title: string;
  url: string;
}

/** The amounts and contact details an operator keeps in `locales/<lng>/operator.json`. */
export function operatorValues(localizer: Localizer, locale: Locale): Record<string, string> {
  const values = localizer.tObject<Record<string, string> | string>(locale, 'operator:values');
  return typeof values === 'object' && values !== null ? values : {};
}

/** The follow-up choices of a topic: flow actions (`action:…`) and other topics (`topic:…`). */
export function topicFollowUps(localizer: Localizer, locale: Locale, topicId: TopicId): ReplyChoice[] {
  const followUps = localizer.tObject<ReplyChoice[] | string>(locale, `faq:topics.${topicId}.followUps`);
  return Array.isArray(followUps) ? followUps.map(({ value, title }) => ({ value, title })) : [];
}

/** The short title of a topic, as shown on a clarifying question's choices. */
export function topicChoice(localizer: Localizer, locale: Locale, topicId: TopicId): ReplyChoice {
  return { value: topicValue(topicId), title: localizer.t(locale, `faq:topics.${topicId}.title`) };
}

/**
 * Answers per localizer, locale and topic: the texts and the operator's values are fixed once the
 * process has started, and filling in a long answer costs more than the rest of the turn's texts.
 */
const answers = new WeakMap<Localizer, Map<string, string>>();

/** A topic's text (`answer`, or `spoken`: its short version for the phone) with the operator's values. */
function topicText(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  part: 'answer' | 'spoken' | 'answerSpeech' | 'answerKind',
): string {
  let byTopic = answers.get(localizer);
  if (!byTopic) answers.set(localizer, (byTopic = new Map()));
  const id = `${locale}:${topicId}:${part}`;
  let answer = byTopic.get(id);
  if (answer === undefined) {
    answer = localizer.t(locale, `faq:topics.${topicId}.${part}`, operatorValues(localizer, locale));
    byTopic.set(id, answer);
  }
  return answer;
}

function topicAnswer(localizer: Localizer, locale: Locale, topicId: TopicId): string {
  return topicText(localizer, locale, topicId, 'answer');
}

/**
 * The short spoken version of a long answer (its core, where the rest is, and that "meer" tells it all),
 * or undefined when the topic has none: a caller cannot scroll back through 1000 characters of speech.
 */
export function topicSpoken(localizer: Localizer, locale: Locale, topicId: TopicId): string | undefined {
  if (!localizer.has(locale, `faq:topics.${topicId}.spoken`)) return undefined;
  return topicText(localizer, locale, topicId, 'spoken');
}

/**
 * The answer of a topic in a language: the curated text with the operator's current amounts and
 * numbers filled in, and its cjib.nl page as the reply's link (shown per channel, never spoken: a URL
 * read aloud helps nobody).
 */
export function topicReply(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  withFollowUps: boolean,
): Reply {
  const answer = topicAnswer(localizer, locale, topicId);
  const link = localizer.tObject<TopicLink>(locale, `faq:topics.${topicId}.link`);
  const moreInfo = localizer.t(locale, 'faq:moreInfo');
  // A caller is already on the phone with the CJIB: where the answer says "contact the CJIB", its
  // spoken variant (`answerSpeech`) says what to do on this call instead.
  const speech = localizer.has(locale, `faq:topics.${topicId}.answerSpeech`)
    ? topicText(localizer, locale, topicId, 'answerSpeech')
    : answer;
  const reply: Reply = {
    text: answer,
    speech,
    link: { lead: moreInfo, title: link.title, url: link.url, nextStep: isNextStepPage(link.url) },
  };
  if (withFollowUps) reply.choices = topicFollowUps(localizer, locale, topicId);
  return reply;
}

/** A fitted answer's own text (see fitToShownClaims) as a reply: like topicReply, with its own link and follow-ups. */
function ownReply(
  localizer: Localizer,
  locale: Locale,
  topicId: TopicId,
  own: Extract<FittedAnswer, { kind: 'own' }>,
  withFollowUps: boolean,
): Reply {
  const reply: Reply = { text: own.text, speech: own.text };
  if (own.link) {
    const { title, url } = own.link;
    reply.link = { lead: localizer.t(locale, 'faq:moreInfo'), title, url, nextStep: isNextStepPage(url) };
  }
  if (withFollowUps) reply.choices = own.followUps ?? topicFollowUps(localizer, locale, topicId);
  return reply;
}

/** The follow-ups of the answer a topic gets in this conversation (fitted to the claims looked up, see fitToShownClaims). */
export async function answerFollowUps(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<ReplyChoice[]> {
  const fitted = await fitToShownClaims(context, deps, topicId);
  const locale = turnLocale(context);
  if (fitted?.kind === 'own' && fitted.followUps) return fitted.followUps;
  // (No "Look up my fine" once the lookup started, as in the answer itself: lookupOffer.ts.)
  const data = await deps.state.conversation.get(context, {});
  return withoutLookupChoice(
    deps.localizer,
    locale,
    topicId,
    data,
    topicFollowUps(deps.localizer, locale, topicId),
  );
}

export interface AnswerOptions {
  /** Offer the topic's follow-ups as choices (default true; off mid-flow, where the flow re-asks its question). */
  followUps?: boolean;
  /**
   * On a speech turn, say the topic's short version when it has one (default false): only where the
   * next turn hears "meer" (the FAQ dialog's "did this help?"); the written text stays the whole answer.
   */
  short?: boolean;
  /** On the phone, say a long answer in parts ("Wilt u meer weten?") even when not short (an answer asked again). */
  inParts?: boolean;
  /**
   * The question this answer was first given to, when it is given again ("Hier is het nog eens"):
   * a short answer that question had comes again too, unless the follow-up has one of its own.
   */
  askedBefore?: string;
}

/**
 * Answers a knowledge-base topic in the turn's language. Used by the FAQ dialog, by the router and
 * by flows that are interrupted by a question, so the answer is the same wherever it is asked.
 * True when the caller heard the short version (see AnswerOptions.short).
 */
export async function answerTopic(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
  options: AnswerOptions = {},
): Promise<boolean> {
  const locale = turnLocale(context);
  // "Bezwaar maken" after looking up a punitive order, the noodstop for a debtor abroad: their answer.
  const fitted = await fitToShownClaims(context, deps, topicId);
  const answered = fitted?.kind === 'topic' ? fitted.topicId : topicId;
  const reply =
    fitted?.kind === 'own'
      ? ownReply(deps.localizer, locale, topicId, fitted, options.followUps ?? true)
      : topicReply(deps.localizer, locale, answered, options.followUps ?? true);
  // "Wat is een schadevergoedingsmaatregel?" from the one who pays it (asked so, or after a lookup).
  if (topicId === 'victim_compensation' && (await paysCompensation(context, deps))) {
    const payer = deps.localizer.t(locale, 'faq:direct.compensationPayer');
    reply.text = reply.text.replace(topicText(deps.localizer, locale, topicId, 'answer'), payer);
    reply.speech = payer;
  }
  // Angry, ashamed or short of money: the topic's kinder text (what helps first, no list of what may follow).
  const said = context.activity.text ?? '';
  const upset = saysWorried(said) || feelingSaid(said) !== undefined || showsHardship(said);
  if (upset && fitted?.kind !== 'own' && deps.localizer.has(locale, `faq:topics.${answered}.answerKind`)) {
    const gentle = topicText(deps.localizer, locale, answered, 'answerKind');
    reply.text = reply.text.replace(topicAnswer(deps.localizer, locale, answered), gentle);
    reply.speech = reply.speech === topicAnswer(deps.localizer, locale, answered) ? gentle : reply.speech;
  }
  // "Hoe lang heb ik om te betalen?" while the lookup asks for the fine, or after it: no offer to look it up.
  const data = await deps.state.conversation.get(context, {});
  dropLookupOfferIfLooking(deps.localizer, locale, answered, data, reply);
  const spoken =
    options.short && isSpeechTurn(context) && fitted?.kind !== 'own'
      ? topicSpoken(deps.localizer, locale, answered)
      : undefined;
  if (spoken) reply.speech = spoken;
  // ("Ik heb een bewindvoerder", "strafbeschikking in delen": that situation's short answer first.)
  // ("I live in Belgium, how do I appeal?", "what does 'Mulder' mean?": that detail first.)
  const leadFor = (asked: string): string | undefined =>
    specificLead(topicId, asked) ??
    prisonLead(topicId, asked) ??
    situationLead(topicId, asked) ??
    askedLead(topicId, asked) ??
    abroadLead(topicId, asked);
  const asked = askedText(context);
  const found = leadFor(asked) ?? (options.askedBefore ? leadFor(options.askedBefore) : undefined);
  // A lead that offers to look the fine up is not said once it has been looked up (the record answers).
  const looked = data.identified !== undefined;
  const prison = looked && found && LOOKUP_OFFERING_LEADS.has(found) ? undefined : found;
  rememberSeized(data, topicId, prison, asked);
  const forAmount =
    (await amountLead(context, deps, topicId)) ??
    (await decisionTimeLead(context, deps, topicId)) ??
    (prison && leadText(deps, locale, prison));
  const whole =
    prison !== undefined &&
    (prison.split('+').every((id) => WHOLE_ANSWER_LEADS.has(id)) || isWholePracticalLead(prison));
  const isLead =
    forAmount !== undefined && prison !== undefined && forAmount === leadText(deps, locale, prison);
  // On the phone a lead that says to type the number has a spoken variant ("zeg of toets het in").
  const saidLead = isLead && isSpeechTurn(context) ? leadText(deps, locale, prison, true) : forAmount;
  if (forAmount && whole && isLead) {
    // "Ik zit al in de schuldhulp", "mijn zoon van 16": the lead is the answer; the general text would repeat it.
    reply.text = forAmount;
    reply.speech = saidLead;
  } else if (forAmount) {
    reply.text = `${forAmount}\n\n${reply.text}`;
    // A line of its own: on the phone the part said first can end with it, before a table.
    reply.speech = `${saidLead}\n\n${reply.speech ?? ''}`.trim();
  }
  if (fitted?.kind === 'topic' && fitted.lead) {
    reply.text = `${fitted.lead}\n\n${reply.text}`;
    reply.speech = `${fitted.lead} ${reply.speech ?? ''}`.trim();
  }
  // "Ik ben echt wanhopig", "ik schaam me", "dit is diefstal": a kind word before the facts.
  const feeling = saysWorried(said) ? 'worry' : feelingSaid(said);
  if (feeling) {
    // Anger at the fine answered with the appeal: the CJIB collects, it does not set the fine.
    const key = feeling === 'anger' && answered === 'objection' ? 'angerAtFine' : feeling;
    const kind = deps.localizer.t(locale, feeling === 'worry' ? 'faq:kind' : `faq:feeling.${key}`);
    reply.text = `${kind}\n\n${reply.text}`;
    reply.speech = `${kind} ${reply.speech ?? ''}`.trim();
  }
  // On SMS a long general answer is sent short: its core and "MEER" for all of it (heard at "did this
  // help?"). After a lookup the answer is sent whole: its details may be the citizen's own (from abroad).
  const core = {
    answer: topicAnswer(deps.localizer, locale, answered),
    spoken: topicSpoken(deps.localizer, locale, answered),
  };
  const texted =
    options.short && fitted === undefined && !looked
      ? smsShort(context.activity.channelId, reply.text, core)
      : undefined;
  if (texted) reply.text = `${texted}\n\n${deps.localizer.t(locale, 'faq:smsMore')}`;
  // On the phone a long first answer is said in parts, "Wilt u meer weten?" between them (spokenPortions.ts;
  // not one shortened by hand); "meer" asked for all of it, or mid-flow, it is said whole.
  await say(context, deps, { ...reply, inParts: options.short === true || options.inParts === true });
  return spoken !== undefined || texted !== undefined;
}

/**
/**
 * The text of a direct answer; several joined with '+' (see specificLead) are said one after the other.
 * An id with its own namespace (an answer's part, `faqParts:…`) is its key as it is. `spoken`: each
 * one's `…Speech` variant where it has one (a caller cannot type).
 */
export function leadText(deps: DialogDeps, locale: Locale, id: string, spoken = false): string {
  const key = (one: string): string => {
    const plain = one.includes(':') ? one : `faq:direct.${one}`;
    return spoken && deps.localizer.has(locale, `${plain}Speech`) ? `${plain}Speech` : plain;
  };
  return id
    .split('+')
    .map((one) => deps.localizer.t(locale, key(one), operatorValues(deps.localizer, locale)))
    .join('\n\n');
}

/** The citizen pays the compensation order: said so, or their own fines were looked up in this conversation. */
async function paysCompensation(context: TurnContext, deps: DialogDeps): Promise<boolean> {
  if (asksAsPayer(context.activity.text ?? '')) return true;
  const data = await deps.state.conversation.get(context, {});
  return data.identified !== undefined;
}
