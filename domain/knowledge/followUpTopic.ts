import { DURATION_CUE, DURATION_REFERS_BACK } from './durationFollowUp';
import { APPLY_TARGET } from './applyFollowUp';
import { answerPart } from './answerParts';
import { anotherAmount } from '../language/amountEntity';
import { foldDiacritics } from '../language/normalizeText';
import { normalizeQuestion } from './normalizeQuestion';
import type { TopicId } from './topics';

/**
 * A short question that leans on the answer just given ("wat kost dat?", "and if I don't?",
 * "hoe lang duurt dat?"): it names no subject of its own, so its topic follows from the previous one.
 */
export type FollowUpKind =
  | 'cost'
  | 'consequence'
  | 'duration'
  | 'wait'
  | 'deadline'
  | 'contest'
  | 'condition'
  | 'payDuring'
  | 'apply'
  | 'why'
  | 'now'
  | 'deferral'
  | 'whoPays';

/** Longer messages carry their own subject; only short ones are read as a follow-up. */
const MAX_WORDS = 8;
/**
 * "Tot wanneer kan dat?", "until when can I do that?", "bis wann geht das?", "do kiedy?": the time limit
 * of what was just explained (the appeal's 6 weeks after the appeal), not a new question about paying.
 */
const UNTIL_WHEN =
  '(tot|voor) wanneer( (kan|mag|moet) (ik |je |u )?(dat|het|dit)( nog)?( doen| indienen| maken| aanvragen)?| (heb ik|heeft u)( daar ?voor| ervoor| de tijd)?)?|wat is de (termijn|deadline)( daar ?voor| ervoor)?' +
  '|(until|till|by) when( (can|must|should|do) i (do|file|send|submit) (that|it|this)| (can|must|should) (that|it|this) be done| do i have( to do (that|it|this))?)?|(whats|what is|is there) (the |a )?(deadline|time limit)( for (that|it|this))?' +
  '|bis wann( (geht|gilt|lauft) (das|es)| (kann|muss|soll) ich (das|es)( (machen|tun|einlegen|einreichen))?| habe ich (dafur )?zeit)?|(was|wie) ist die frist( dafur)?|gibt es (da )?eine frist( dafur)?' +
  '|do kiedy( (moge|mozna|musze|trzeba) (to )?(zrobic|zlozyc)| mam (na to )?czas)?( to)?|jaki (jest )?termin( na to)?';

/**
 * An amount that leans on the answer just given: "en bij 200 euro?", "and if the fine was 100 euros?",
 * "hoeveel is dat dan bij een boete van honderd euro?" (the same question for that amount).
 */
const AMOUNT_TAIL =
  '(bij|voor|for|with|at|bei|fur|przy|dla|if|als|wenn|jesli|gdy)\\b[a-z ]{0,40}\\b(\\d[\\d ]*|euro|euros|eur)( (euro|euros|eur))?( (is|was|ist|war|dan|then|dann|wtedy))?';
const AMOUNT_ONLY = new RegExp(`^ (en |and |und |a |i )?${AMOUNT_TAIL} $`);

const KINDS: [FollowUpKind, RegExp][] = [
  [
    'payDuring',
    /^(?=.*\b(betalen|pay|zahlen|bezahlen|placic|zaplacic)\b)(?=.*\b(ondertussen|intussen|tijdens|zolang|tot die tijd|eerst|vooraf|van tevoren|meanwhile|in the meantime|while|until then|first|beforehand|in advance|solange|wahrenddessen|inzwischen|in der zwischenzeit|zwischenzeitlich|bis dahin|zuerst|vorher|im voraus|vorab|w tym czasie|w miedzyczasie|do tego czasu|najpierw|wczesniej|z gory)\b)/,
  ],
  ['cost', AMOUNT_ONLY],
  [
    'cost',
    /\b(wat kost (dat|het)|what does (that|it|this) cost|how much (is (that|it|this)|will (that|it|this) be|extra|more)|hoeveel (is dat|kost dat|wordt (dat|het)|extra|meer|komt er ?(dan )?bij)|was kostet (das|es)|wie ?viel (mehr|kostet das|extra|ist das|wird (das|es))|ile (to kosztuje|to jest|to wynosi|to bedzie|wiecej|dodatkowo|doplac))\b/,
  ],
  [
    'consequence',
    /^ (and|en|und|a|i) (then|dan|dann|potem|co dalej|after that|daarna|danach)\b|^ (a|i) co (potem|dalej|wtedy)\b|^ (what then|what next|wat dan|und was dann|was dann|co dalej|co potem) $|\b(and|en|und|a) (what )?(if|als|wenn|jesli|jezeli|gdy|co jesli)\b.*\b(not|niet|nicht|nie|dont|doe|zahle|betaal)\b|\b(what happens (then|next|after that)|wat gebeurt er dan|was passiert dann|co sie wtedy stanie)\b/,
  ],
  [
    // "Und wo?", "where do I send it?", "hoe vraag ik die aan?", "gdzie to złożyć?": where or how to do what was just explained.
    'apply',
    /^ (and |en |und |a |i |ok |oke |okay |gut |dobrze )?(where|waar|wo|gdzie|where do i (apply|send (it|that|this)|do (that|this|it)|ask for (it|that|one))|how do i (apply( for (it|that|one|this))?|request (it|that|one)|ask for (it|that|one))|how (can|do) i (get|request) (it|that|one)|waar (vraag|doe|stuur) ik (dat|die|het|dit)( aan| op| heen| naartoe)?|hoe vraag ik (dat|die|het|dit) (aan|op)|hoe doe ik (dat|dit|het)|hoe werkt (dat|dit|het)|how does (that|it|this) work|wie funktioniert (das|es)|jak to dziala|how do i do (that|this|it)|wie mache ich (das|es)|jak (mam )?to zrobic|waar moet ik (dat|die|het) (aanvragen|heen sturen|naartoe sturen|doen)|wo (beantrage|mache|schicke) ich (das|es|ihn|sie|den)( hin)?|wie beantrage ich (das|es|ihn|sie|den)|wohin (damit|schicke ich (das|es|ihn|den|sie|die))|wohin (muss|soll) ich (das|es|ihn|den|sie|die) (schicken|senden)|gdzie (mam |moge |musze )?(to |go |ja )?(zlozyc|zglosic|wyslac|zalatwic|przeslac)|jak (to |go |ja )?(zlozyc|zalatwic|zglosic)|jak o (to|niego|nia) (wystapic|poprosic))( (then|dan|dann|denn|to|dat|eigenlijk|precies|genau|dokladnie))? $/,
  ],
  [
    // "Hoe kan dat?", "how come?", "warum?", "jak to możliwe?": why what was just explained happens.
    'why',
    /^ (maar |but |aber |ale |and |en |und |a )?(hoe kan dat|hoe komt dat|how come|how is that possible|why( is that| so)?|waarom( is dat)?|warum( das)?|wieso( das)?|weshalb|wie kann das sein|dlaczego|czemu|jak to (mozliwe|mozliwe))( (dan|then|denn|nu|now|jetzt|teraz|eigenlijk|eigentlich))? $/,
  ],
  [
    // "hoe lang duurt het voor ik antwoord krijg?": waiting for a decision, not how long a scheme lasts.
    'wait',
    /\b(hoe ?lang duurt (het|dat) (voor|voordat|tot|totdat|eer)\b[a-z ]*\b(antwoord|bericht|reactie|uitslag|beslissing|besluit|iets hoor|opgelost|geregeld|verwerkt|terug)|how long (does it take |will it take |until |before )+(it is |its )?(solved|sorted|resolved|fixed|processed)|wie lange dauert es,? bis (das|es) (gelost|erledigt|bearbeitet|korrigiert)|hoe ?lang moet ik wachten|how long (does it take |will it take |until |before )+(i )?(get|hear|receive)|how long (do|will) i (have to )?wait|wie lange dauert es bis ich|wie lange muss ich warten|jak dlugo (trzeba |bede )?czeka)/,
  ],
  [
    // "hoe lang heb ik daarvoor?", "how long do I have for that?", "ile mam na to czasu?": the time limit of what was just explained.
    'deadline',
    new RegExp(
      `^ (en |and |und |a |i )?((hoe ?lang|hoeveel tijd) (heb ik|heeft u|hebben we)( daar ?voor| ervoor| de tijd)?|how (long|much time) do i have( for (that|it|this)| to do (that|it|this))?|wie (lange|viel zeit) habe ich( dafur| dazu)?( noch)?( zeit)?|ile mam (na to )?czasu( na to)?|(geeft|krijg ik) (dat|dit|het )?(mij |me )?(dan )?(meer|extra) tijd|(does|will|would) (that|this|it) give me (more|extra) time|(do|will) i get (more|extra) time|(bekomme|habe) ich (dadurch|dann) mehr zeit|gibt (mir )?das mehr zeit|czy (to )?(daje|da) (mi )?wiecej czasu|czy dostane wiecej czasu|${UNTIL_WHEN})( dan| then| dann| nog| eigenlijk| wtedy| noch| still)? $`,
    ),
  ],
  [
    // "en als ik onder de 16 ben?": the same answer under a condition (only where an answer has one, see NEXT).
    'condition',
    /^ (en |and |und |a |i )?(als|if|wenn|jesli|jezeli|gdy) (ik|i|ich|jestem|bym)\b/,
  ],
  [
    // "kan ik daar iets tegen doen?", "can I do anything about it?", "kann ich etwas dagegen tun?".
    'contest',
    /^ (en |and |und |a |i |maar |but |aber |ale )?(kan ik (daar|er) (iets|wat|bezwaar) (tegen|aan) (doen|maken|ondernemen)|kan ik (daar|er) (tegen|tegenin) (in )?(gaan|bezwaar maken)|can i (do (anything|something) about (it|that|this)|object to (it|that|this)|appeal (it|that|this)|fight (it|that|this)|challenge (it|that|this))|kann ich (etwas|was|da etwas|da was) dagegen (tun|machen|unternehmen)|kann ich (dagegen|da) (einspruch|widerspruch) einlegen|kann ich mich (dagegen|da) wehren|czy (moge|mozna) (cos )?z tym (cos )?zrobic|czy (moge|mozna) sie (od tego|od tej decyzji) odwolac)( dan| then| denn| eigenlijk| ueberhaupt| uberhaupt| jakos)? $/,
  ],
  ['duration', DURATION_CUE],
  // "Wat gebeurt er nu?", "what happens now?": what the situation just described brings (after a missed instalment).
  [
    'now',
    /^ (en |and |und |a |i |maar |but |aber |ale )?(wat gebeurt er nu|wat nu|what happens now|what now|was passiert (jetzt|nun)|was nun|co (sie )?teraz( sie)?( stanie)?|what (do|should|must|can) i do( now)?|what do i (need|have) to do( now)?|wat (moet|kan) ik (nu |dan )?doen|was (soll|muss|kann) ich (jetzt |nun |dann )?tun|co (mam|musze|powinienem|powinnam) (teraz |wiec )?zrobic|what (does|should|must|can) (he|she|they) (need to |have to )?do|what do they (need|have) to do|wat (moet|moeten|kan|kunnen) (hij|zij|ze) (nu |dan )?doen|was (soll|muss|kann|mussen|sollen) (er|sie) (jetzt |nun |dann )?tun|co (on|ona|oni) (ma|musi|muszą|musza|powinien|powinna) (teraz )?zrobic)( dan| then| dann| nu| now| jetzt| teraz)? $/,
  ],
  // "Kan ik uitstel krijgen?", "can I get a deferral?": more time for what was just explained.
  [
    'deferral',
    /^ (en |and |und |a |i |maar |but |aber |ale )?(kan ik (geen |een )?(uitstel|meer tijd) (krijgen|vragen|aanvragen)|krijg ik uitstel|can i (get|have|ask for) (a )?(deferral|postponement|delay|more time|an extension)|kann ich (einen )?(aufschub|zahlungsaufschub|mehr zeit) (bekommen|beantragen|kriegen)|bekomme ich (einen )?aufschub|czy (moge|mozna) (dostac|dostac|prosic o|otrzymac) (odroczenie|wiecej czasu|przesuniecie))( dan| then| dann| wtedy)? $/,
  ],
  // "En wie moet dan betalen?", "who has to pay it?", "wer muss das zahlen?": who pays what was just explained.
  [
    'whoPays',
    /^ (en |and |und |a |i |maar |but |aber |ale )?(wie (moet|gaat|zal|moeten) (dat |dit |het |de boete |die )?(dan )?(be)?talen|wie betaalt (dat|dit|het|de boete)|who (has to|must|needs to|should|will|is going to) pay( (it|that|this|the fine))?|who pays( (it|that|this|the fine))?|wer (muss|soll) (das |es |die strafe |das bussgeld )?(dann )?(be)?zahlen|wer zahlt (das|es|die strafe|das bussgeld)|kto (musi|ma|powinien) (to |ten mandat )?(za)?placic|kto (za )?to (za)?placi|kto placi)( dan| then| dann| denn| wtedy| eigenlijk| nu| now)? $/,
  ],
];

/**
 * Follow-ups that cannot be about anything but the answer just given, whatever the recogniser makes of
 * them: "en dan?", "and after that?", "a co potem?", "how long does that take?", "muss ich in der
 * Zwischenzeit zahlen?". ("Hoe lang duurt het beroep?" names its own subject and is routed as new.)
 */
const REFERS_BACK: RegExp[] = [
  AMOUNT_ONLY,
  // "how much is that?", "hoeveel komt erbij?", "ile więcej muszę zapłacić?": the amount of what was just explained.
  new RegExp(
    `^ (and |en |und |a |i )?(how much (is|does) (that|it|this)( cost)?|how much (extra|more)( do i (have to )?pay)?|hoeveel (is|kost) dat|hoeveel (extra|meer)( moet ik (dan )?betalen)?|hoeveel komt er ?(dan )?bij|wie ?viel (ist|kostet) das|wie ?viel (mehr|extra)( muss ich (dann )?(be)?zahlen)?|ile to (kosztuje|jest|wynosi)|ile (wiecej|dodatkowo)( musze| trzeba)?( za)?( ?placic)?)( (dan|then|denn|dann|wtedy|ongeveer|roughly|ungefahr|mniej wiecej))?( ${AMOUNT_TAIL})? $`,
  ),
  /^ (and |en |und |a |i )?(then|dan|dann|potem|after that|daarna|danach|what then|what next|wat dan|was dann|co dalej|co potem|co wtedy)( (then|dan|dann|potem))? $/,
  /^ (a |i )?co (potem|dalej|wtedy) $/,
  DURATION_REFERS_BACK,
];

/** The message as the patterns read it: "en bij tweeduizend vijfhonderd?" as "en bij 2500?". */
function followUpText(text: string): string {
  const another = anotherAmount(text);
  if (!another || /^\d/.test(another.said)) return normalizeQuestion(text);
  return normalizeQuestion(
    foldDiacritics(text).replace(another.said, String(Math.round(another.cents / 100))),
  );
}

/** Whether a short message can only be a follow-up to the previous answer (see REFERS_BACK, and paying meanwhile). */
export function refersBack(text: string): boolean {
  const kind = followUpKind(text);
  if (!kind) return false;
  const normalized = followUpText(text);
  return (
    kind === 'payDuring' ||
    kind === 'apply' ||
    kind === 'wait' ||
    kind === 'deadline' ||
    kind === 'contest' ||
    kind === 'condition' ||
    kind === 'why' ||
    kind === 'now' ||
    kind === 'deferral' ||
    kind === 'whoPays' ||
    REFERS_BACK.some((pattern) => pattern.test(normalized))
  );
}

/** Waiting for an answer is asked in more words ("wie lange dauert es, bis ich eine Antwort bekomme?"). */
const MAX_WORDS_WAIT = 11;

/** What a follow-up asks for, or undefined when the message is long or not a follow-up. */
export function followUpKind(text: string): FollowUpKind | undefined {
  const normalized = followUpText(text);
  const words = normalized.trim().split(' ').length;
  if (words > MAX_WORDS_WAIT) return undefined;
  const kind = KINDS.find(([, pattern]) => pattern.test(normalized))?.[0];
  const amount = kind === 'cost' && new RegExp(AMOUNT_TAIL).test(normalized);
  return kind === 'wait' || amount || words <= MAX_WORDS ? kind : undefined;
}

/**
 * Per previous topic, where each kind of follow-up leads (DOMAIN.md): "what does that cost?" after the
 * deadline is the increases; "and if I still don't pay?" after the increases is enforcement.
 */
const NEXT: Partial<Record<TopicId, Partial<Record<FollowUpKind, TopicId>>>> = {
  // The level of the increases is set by law: its answer says no complaint is possible.
  late_payment: {
    cost: 'late_payment',
    consequence: 'enforcement',
    why: 'late_payment',
    deadline: 'payment_deadline',
    contest: 'late_payment',
  },
  instalments: {
    cost: 'instalment_terms',
    consequence: 'missed_instalment',
    duration: 'instalment_terms',
    wait: 'instalments',
    apply: 'instalments',
  },
  instalment_terms: {
    cost: 'instalment_terms',
    consequence: 'missed_instalment',
    duration: 'instalment_terms',
  },
  personal_arrangement: {
    consequence: 'missed_instalment',
    apply: 'personal_arrangement',
    wait: 'instalments',
  },
  arrangement_refused: { contest: 'arrangement_refused' },
  // "Hoe kan dat?" after paid-but-a-reminder: crossing payments are in that answer.
  payment_problem: { why: 'payment_problem' },
  // "Hoe doe ik dat?" after a new fine: it is added by contacting the CJIB.
  new_fine_in_arrangement: { apply: 'contact' },
  wrong_address: { contest: 'wrong_address' },
  // "Wat gebeurt er nu?", "kan ik uitstel krijgen?": the missed instalment's short answers (directAnswer).
  missed_instalment: {
    cost: 'late_payment',
    consequence: 'enforcement',
    now: 'missed_instalment',
    deferral: 'missed_instalment',
    deadline: 'missed_instalment',
  },
  // The verzet (14 days) is in the punitive order's answer; a European fine is contested abroad.
  strafbeschikking: {
    cost: 'strafbeschikking',
    consequence: 'strafbeschikking',
    deadline: 'strafbeschikking',
    contest: 'strafbeschikking',
  },
  european_fine: {
    cost: 'european_fine',
    consequence: 'european_fine',
    apply: 'european_fine',
    contest: 'european_fine',
  },
  // "What do I do now?" after the answer on living abroad: its short steps (directAnswer).
  foreign: {
    cost: 'foreign',
    consequence: 'foreign',
    deadline: 'foreign',
    contest: 'objection',
    now: 'foreign',
  },
  not_the_driver: {
    deadline: 'objection',
    contest: 'not_the_driver',
    whoPays: 'not_the_driver',
    now: 'not_the_driver',
  },
  payment_deadline: {
    cost: 'late_payment',
    consequence: 'late_payment',
    contest: 'objection',
    duration: 'payment_deadline',
    // "Can I get more time?": more time is a payment arrangement (deferral or instalments, DOMAIN.md §1.1).
    deferral: 'instalments',
  },
  objection: {
    duration: 'objection',
    wait: 'objection',
    deadline: 'objection',
    contest: 'objection',
    payDuring: 'objection',
    consequence: 'court_appeal',
    apply: 'objection',
    // "En als ik het verlies?": paying after all (directAnswer says it short).
    condition: 'objection',
  },
  // (Its answer says the 16 weeks too: the short answer, not the whole appeal.)
  appeal_and_instalments: {
    duration: 'appeal_and_instalments',
    wait: 'appeal_and_instalments',
    payDuring: 'appeal_and_instalments',
  },
  court_appeal: {
    cost: 'court_appeal',
    payDuring: 'court_appeal',
    apply: 'court_appeal',
    deadline: 'court_appeal',
    contest: 'court_appeal',
    condition: 'court_appeal',
  },
  court_of_appeal: { deadline: 'court_of_appeal', contest: 'court_of_appeal' },
  // "En hoe vraag ik die op?": the photo is seen in the Digitaal Loket (directAnswer says it short).
  photo: { duration: 'photo', deadline: 'photo', contest: 'objection', apply: 'photo' },
  // The verzet at the court and the hardship letter are in the debit's answer.
  bank_debit: {
    cost: 'bank_debit',
    consequence: 'enforcement',
    deadline: 'bank_debit',
    contest: 'bank_debit',
  },
  enforcement: { cost: 'enforcement', consequence: 'enforcement', duration: 'enforcement' },
  // "Hoe vraag ik die aan?" after the noodstop: its own short answer (noodstopApply: contact the CJIB,
  // a member of staff, a call back), not the list of phone numbers.
  noodstop: { duration: 'noodstop', consequence: 'noodstop', apply: 'noodstop' },
  victim_compensation: { duration: 'victim_compensation', wait: 'victim_compensation' },
  how_to_pay: { consequence: 'late_payment', deadline: 'payment_deadline' },
};

/**
 * Where a follow-up leads after any other answer: how long something takes or a decision needs is
 * known only where an answer says so (durationFollowUp.ts); elsewhere the honest answer, not a
 * neighbouring topic such as the payment term.
 */
const ANY: Partial<Record<FollowUpKind, TopicId>> = {
  wait: 'beyond_knowledge',
  duration: 'beyond_knowledge',
};

/**
 * A new question read in the light of the answer just given (DOMAIN.md §5): an objection right after
 * the European fine can only be made in the country that gave it, and a punitive order's objection
 * is its verzet, not the traffic-fine appeal to the public prosecutor.
 */
const IN_CONTEXT: Partial<Record<TopicId, Partial<Record<TopicId, TopicId>>>> = {
  european_fine: { objection: 'european_fine', court_appeal: 'european_fine' },
  strafbeschikking: { objection: 'strafbeschikking' },
  // "Kan ik dan de gevangenis in?" after the increases or enforcement: gijzeling for a traffic fine.
  late_payment: { strafbeschikking: 'enforcement' },
  enforcement: { strafbeschikking: 'enforcement' },
  missed_instalment: { strafbeschikking: 'enforcement' },
  // "Hoe maak ik daar bezwaar tegen?" after the debit: the verzet at the court its answer names.
  bank_debit: { strafbeschikking: 'enforcement', objection: 'bank_debit', court_appeal: 'bank_debit' },
  // "Ik bel vanuit het buitenland" after the phone numbers: which number, not the foreign fine.
  contact: { foreign: 'contact' },
};

/** The topic a question about `asked` is really about, right after an answer on `previous`. */
export function topicInContext(previous: TopicId | undefined, asked: TopicId): TopicId {
  return (previous && IN_CONTEXT[previous]?.[asked]) ?? asked;
}

/** "Als ik dat niet doe", "if I don't", "wenn ich das nicht mache", "jeśli tego nie zrobię": leaving it be. */
const SKIPS =
  /\b(niet doe|dat niet|doe (dat|het) niet|geen (bezwaar|beroep)|niet in beroep|dont|do not|not do|dont do|not appeal|dont appeal|nicht (mache|tue)|das nicht|keinen einspruch|nie zrobie|tego nie|nie odwolam|nie zloze)\b/;

/** Whether a follow-up to the appeal asks what happens without one. */
export function skipsAppeal(text: string): boolean {
  return SKIPS.test(normalizeQuestion(text));
}

/** The topic a follow-up to `previous` asks about, or undefined (not a follow-up, or no fitting topic). */
export function followUpTopic(previous: TopicId | undefined, text: string): TopicId | undefined {
  const kind = followUpKind(text);
  if (!previous || !kind) return undefined;
  // "En als ik dat niet doe?" after the appeal: not appealing (directAnswer), not the step after it.
  if (previous === 'objection' && kind === 'consequence' && skipsAppeal(text)) return 'objection';
  // "En daarna (naar het hof)?" after the kantonrechter: the next court. ("En als ik dat niet doe?" is
  // that answer's own part, answerParts.ts.)
  if (previous === 'court_appeal' && kind === 'consequence' && !skipsAppeal(text)) return 'court_of_appeal';
  // ("Waar stuur ik dat heen?" after the appeal: the part of that answer with the address, answerParts.ts.)
  const part = answerPart(previous, kind, text) ? previous : undefined;
  return (
    NEXT[previous]?.[kind] ?? part ?? (kind === 'apply' ? APPLY_TARGET[previous] : undefined) ?? ANY[kind]
  );
}
