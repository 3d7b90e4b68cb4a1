import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * Legal-procedure questions a topic's general text does not answer first (DOMAIN.md §4, §5):
 * - objectionFiled: an appeal already sent ("ik heb 3 maanden geleden bezwaar gestuurd"): the
 *   officier's decision can take up to 16 weeks, nothing to pay meanwhile, the Parket CVOM knows its status;
 * - objectionLate: the 6 weeks passed: whether a late appeal is handled is not known, a person;
 * - taakstrafNotDone: an unperformed taakstraf becomes alternative detention (2 hours = 1 day);
 * - taakstrafAsked: any other taakstraf question: the CJIB carries it out, the letter says what and
 *   when, what not doing it means, a person for one's own case (not the punitive order's payment text);
 * - mulderVsPunitive: a traffic fine and a punitive order compared in two lines;
 * and an appeal rejected: the next step's own topic (the kantonrechter, after a judge the gerechtshof).
 * The texts are `faq:direct.<id>`. Patterns work on normalizeQuestion's text.
 */
export type ProcedureLead =
  'objectionFiled' | 'objectionLate' | 'taakstrafNotDone' | 'taakstrafAsked' | 'mulderVsPunitive';

const APPEAL = /\b(bezwaar|beroep|appeal\w*|objection|einspruch|widerspruch|odwolani\w*|odwolal\w*)\b/;
const SENT =
  /\b(ik heb|heb ik|ik had|ik ben|i have|ive|i had|i already|i|ich habe|hab ich|ich hatte|ich|juz)\b( \w+){0,6} (bezwaar|beroep|appeal|an appeal|objection|an objection|einspruch|widerspruch)( \w+){0,3} (gemaakt|ingediend|gestuurd|ingesteld|aangetekend|verstuurd|gedaan|gegaan|made|filed|sent|submitted|lodged|eingelegt|eingereicht|geschickt|erhoben)\b|\b(i|we) (have )?(already )?(appealed|objected)\b|\bin beroep gegaan\b|\b(zlozyl\w*|wyslal\w*|wnioslem|wnioslam)( \w+){0,3} (odwolanie|sprzeciw)\b|\bodwolal(em|am) sie\b/;
const LATE =
  /te laat|(meer dan|al|ruim|langer dan) (6|zes) weken|termijn (\w+ )?(voorbij|verlopen|gemist)|too late|missed the deadline|deadline (has )?passed|(more|longer) than (6|six) weeks|zu spat|frist (\w+ )?(verpasst|abgelaufen|vorbei)|mehr als (6|sechs) wochen|za pozno|po terminie|termin (\w+ )?(minal|uplynal)|(ponad|wiecej niz) (6|szesc) tygodni/;
/** A punitive order's objection is verzet within 14 days: its own answer. */
const PUNITIVE = /strafbeschikking|strafbefehl|punitive order|penalty order|nakaz\w* karn\w*|verzet/;

const TAAKSTRAF =
  /taakstraf\w*|werkstraf\w*|community service|unpaid work|gemeinnutzig\w* arbeit|sozialstunden|arbeitsstunden|prac\w* spoleczn\w*|kar\w* prac\w*/;
const NOT_DONE =
  /niet (\w+ )?(gedaan|uitgevoerd|afgemaakt|voltooid|gehaald|doen|uitvoeren|gaan)|not (\w+ )?(done|completed|do|doing|finish\w*|go)|didnt (\w+ )?(do|finish|complete|go)|nicht (\w+ )?(gemacht|abgeleistet|erledigt|geleistet|machen|ableisten)|nie (\w+ )?(wykonal\w*|zrobil\w*|odpracowal\w*|wykonam|zrobie)|gemist|missed|wat gebeurt|what happens|was passiert|co sie stanie|gevolgen|consequences|folgen|konsekwencj\w*/;

/** "Wanneer hoor ik iets over mijn beroep?", "status of my appeal": one already sent, its decision awaited. */
const DECISION_AWAITED =
  /\b(wanneer|hoe ?lang|when|how long|wann|wie lange|kiedy|jak dlugo)\b( \w+){0,6} (hoor|horen|uitspraak|beslissing|besluit|antwoord|reactie|hear|decision|answer|response|reply|hore|horen|entscheidung|antwort|bescheid|odpowiedz\w*|decyzj\w*)\b|\b(hoe staat het met|status van|status of|stand van|how is|whats happening with|wie steht es um|stand (meines|meiner)|status (meines|meiner)|co z|status)\b( \w+){0,2} (mijn|my|meines|meiner|meinen|meinem|mein|moim|mojego|moje) (bezwaar|beroep|appeal|objection|einspruch\w*|widerspruch\w*|odwolani\w*)\b/;
/** "Mijn beroep is afgewezen": the officier (or the judge) said no; the next step is the answer. */
const REJECTED =
  /\b(afgewezen|niet toegewezen|ongegrond|geen gelijk|rejected|dismissed|turned down|denied|refused|not upheld|abgelehnt|abgewiesen|zuruckgewiesen|odrzucon\w*|oddalon\w*|odrzucil\w*|oddalil\w*)\b/;
/** "Mijn betalingsregeling is afgewezen, kan ik bezwaar maken?": a request refused, not an appeal. */
const REQUEST_REFUSED =
  /betalingsregeling|regeling|payment (plan|arrangement)|instal+ments?|ratenzahlung|\braten\b|\braty\b|rozloz\w*|noodstop|uitstel|deferral|aufschub|odroczen\w*/;
/** The kantonrechter decided (then the gerechtshof is next), not the officier. */
const BY_JUDGE =
  /\b(kantonrechter|rechter|rechtbank|judge|court|richter|gericht|amtsgericht|sad\w*|sedzi\w*)\b/;

const DIFFERENCE = /verschil|difference|differ|unterschied|roznic\w*/;
const TRAFFIC =
  /mulder|wahv|verkeersboete|traffic fine|verkehrsbussgeld|bussgeld|mandat\w* drogow\w*|\bboete\b|\bfine\b/;
const PUNITIVE_NAMED = /strafbeschikking|strafbefehl|punitive order|penalty order|nakaz\w* karn\w*/;

/** The procedure question the words ask, for its topic, or undefined. */
export function procedureAsk(text: string): { topicId: TopicId; lead?: ProcedureLead } | undefined {
  const n = normalizeQuestion(text);
  if (DIFFERENCE.test(n) && TRAFFIC.test(n) && PUNITIVE_NAMED.test(n))
    return { topicId: 'strafbeschikking', lead: 'mulderVsPunitive' };
  if (TAAKSTRAF.test(n))
    return { topicId: 'strafbeschikking', lead: NOT_DONE.test(n) ? 'taakstrafNotDone' : 'taakstrafAsked' };
  if (!APPEAL.test(n) || PUNITIVE.test(n)) return undefined;
  if (REJECTED.test(n) && !REQUEST_REFUSED.test(n))
    return { topicId: BY_JUDGE.test(n) ? 'court_of_appeal' : 'court_appeal' };
  if (LATE.test(n)) return { topicId: 'objection', lead: 'objectionLate' };
  if (SENT.test(n) || DECISION_AWAITED.test(n)) return { topicId: 'objection', lead: 'objectionFiled' };
  return undefined;
}

/** The lead for `topicId` when the question asks one of these, else undefined. */
export function procedureLead(topicId: TopicId, text: string): ProcedureLead | undefined {
  const asked = procedureAsk(text);
  return asked?.topicId === topicId ? asked.lead : undefined;
}
