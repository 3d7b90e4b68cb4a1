import type { TurnContext } from 'botbuilder';
import type { ClaimType } from '../domain/claims/claim';
import { normalizeQuestion } from '../domain/knowledge/normalizeQuestion';
import type { TopicId } from '../domain/knowledge/topics';
import type { ReplyChoice } from '../domain/ports/replyRenderer';
import type { DialogDeps } from './dialogDeps';
import { abroadCannotPayChoices, abroadCannotPayText } from './abroadCannotPay';
import { shownClaims } from './shownClaims';
import { fitOwnRecord } from './shownClaimsFits';
import { turnLocale } from './turn';

interface Link {
  title: string;
  url: string;
}

/**
 * A knowledge answer fitted to the citizen's own claims, once they were looked up: another topic's
 * answer (with a lead-in), or a text of its own with its link and follow-ups.
 */
export type FittedAnswer =
  | { kind: 'topic'; topicId: TopicId; lead?: string }
  | { kind: 'own'; text: string; link?: Link; followUps?: ReplyChoice[] };

/** A question that names the kind of fine itself is answered for that kind, whatever was looked up. */
const NAMES_KIND =
  /verkeersboete|traffic (fine|ticket)|verkehrsbu|bussgeld|mandat\w* drogow|snelheid|speeding|flits|parkeer|parking|strafbeschikking|punitive order|strafbefehl|nakaz\w* karn|schadevergoeding|compensation|schadensersatz|naprawienia szkody|europese boete|european fine|europaisch|europejsk/;

/** The kinds whose objection route DOMAIN.md knows (§4, §5). */
const KNOWN: readonly ClaimType[] = [
  'wahv',
  'strafbeschikking',
  'schadevergoedingsmaatregel',
  'europese_boete',
];

/**
 * "Bezwaar maken" after a lookup: the route of the kinds just shown (DOMAIN.md §4: verzet within 14 days
 * for a punitive order, do not pay; a compensation order is a judgment, appealed at the court; a
 * European fine only in the issuing state); a traffic fine alone keeps the general answer.
 */
function objectionFor(context: TurnContext, deps: DialogDeps, kinds: ClaimType[]): FittedAnswer | undefined {
  const known = KNOWN.filter((k) => kinds.includes(k));
  if (known.length === 0 || (known.length === 1 && known[0] === 'wahv')) return undefined;
  const locale = turnLocale(context);
  const t = (key: string): string => deps.localizer.t(locale, key);
  const listed = deps.localizer.tObject<ReplyChoice[] | string>(locale, 'faq:ownObjection.followUps');
  const followUps = Array.isArray(listed) ? listed.map(({ value, title }) => ({ value, title })) : undefined;
  if (known.length === 1 && known[0] === 'europese_boete') return { kind: 'topic', topicId: 'european_fine' };
  if (known.length === 1 && known[0] === 'strafbeschikking')
    return {
      kind: 'own',
      text: t('faq:ownObjection.strafbeschikking.answer'),
      link: deps.localizer.tObject<Link>(locale, 'faq:ownObjection.strafbeschikking.link'),
      followUps,
    };
  const compensationLink = deps.localizer.tObject<Link>(locale, 'faq:ownObjection.compensation.link');
  if (known.length === 1)
    return {
      kind: 'own',
      text: t('faq:ownObjection.compensation.answer'),
      link: compensationLink,
      followUps,
    };
  // Mixed kinds: each route in one line.
  const lines: Record<ClaimType, string> = {
    wahv: t('faq:ownObjection.wahvLine'),
    strafbeschikking: t('faq:ownObjection.strafbeschikkingLine'),
    schadevergoedingsmaatregel: t('faq:ownObjection.compensationLine'),
    europese_boete: t('faq:ownObjection.europeanLine'),
    other: '',
  };
  const text = [
    t('faq:ownObjection.mixed'),
    known.map((k) => lines[k]).join('\n'),
    t('faq:ownObjection.mixedEnd'),
  ].join('\n\n');
  return { kind: 'own', text, link: compensationLink, followUps };
}

/**
 * The answer fitted to the claims looked up in this conversation, or undefined for the general one.
 * Objections follow the kinds shown; a debtor living abroad hears what DOMAIN.md §5 says happens when
 * they do not pay (the case goes to their EU state) instead of Dutch enforcement, and that the
 * noodstop rests on a Dutch municipality's debt help (whether it applies to them, staff can tell).
 */
export async function fitToShownClaims(
  context: TurnContext,
  deps: DialogDeps,
  topicId: TopicId,
): Promise<FittedAnswer | undefined> {
  // The full CJIB numbers, the appeal's decision time, a punitive order's increases (shownClaimsFits.ts).
  const record = await shownClaims(context, deps);
  const own = record
    ? fitOwnRecord(deps.localizer, turnLocale(context), topicId, context.activity.text ?? '', record)
    : undefined;
  if (own) return { kind: 'own', text: own };
  // "I went back to the US and can't afford it", nothing looked up: what holds for someone abroad.
  const said = context.activity.text ?? '';
  const abroad = topicId === 'noodstop' && !record ? abroadCannotPayText(context, deps, said) : undefined;
  if (abroad)
    return {
      kind: 'own',
      text: abroad,
      link: deps.localizer.tObject<Link>(turnLocale(context), 'faq:topics.noodstop.link'),
      followUps: abroadCannotPayChoices(context, deps, said),
    };
  if (
    topicId !== 'objection' &&
    topicId !== 'noodstop' &&
    topicId !== 'enforcement' &&
    topicId !== 'late_payment'
  )
    return undefined;
  const shown = await shownClaims(context, deps);
  if (!shown) return undefined;
  const locale = turnLocale(context);
  const question = normalizeQuestion(context.activity.text ?? '');
  if (topicId === 'objection')
    return NAMES_KIND.test(question) ? undefined : objectionFor(context, deps, shown.kinds);
  // "Kan ik ook gijzeling krijgen?" after a punitive order alone: its regime (DOMAIN.md §2.6), not the traffic fine's.
  if (topicId === 'enforcement' && !shown.abroad && shown.kinds.length > 0)
    if (shown.kinds.every((kind) => kind === 'strafbeschikking'))
      return { kind: 'own', text: deps.localizer.t(locale, 'faq:ownEnforcement.strafbeschikking') };
  if (!shown.abroad) return undefined;
  if (topicId === 'noodstop')
    return {
      kind: 'own',
      text: deps.localizer.t(locale, 'faq:abroad.noodstop'),
      link: deps.localizer.tObject<Link>(locale, 'faq:topics.noodstop.link'),
    };
  // (Only for traffic fines: DOMAIN.md §5 tells the transfer to the state of residence for those.)
  if (!shown.kinds.includes('wahv')) return undefined;
  return { kind: 'topic', topicId: 'foreign', lead: deps.localizer.t(locale, 'faq:abroad.consequencesLead') };
}
