import { ACCOUNT, DEBIT_VERB } from './debitReported';
import { isCjibCallerScam } from './scamCall';
import type { IntentId } from '../language/intents';
import { DIED } from '../language/lookupAsides';
import { BAILIFF_INVOLVED, DETAINED_NOW, VEHICLE_SEIZED } from './enforcementSituations';
import { DEBT_HELP, REFUSES } from './situationLead';
import { LICENCE_GONE_ON_ROAD } from './takenByPolice';
import { OTHER_BODY, SAME_AS } from './cjibAndOm';
import type { TopicId } from './topics';

/**
 * A cue is a pattern on the normalised question (see normalizeQuestion: lower case, no diacritics, no
 * hyphens, one space between words and a space at both ends). A list of patterns counts only when
 * all of them match, and then counts once per pattern (a pair double): it is a more specific cue.
 */
export type Cue = RegExp | RegExp[];

export interface TopicCues {
  /** Intents under which this topic is a candidate (the intent's default is in INTENT_DEFAULT_TOPIC). */
  intents: IntentId[];
  /**
   * Intents under which this topic is a candidate only through its specific (list) cues: "komen er
   * tijdens de noodstop verhogingen bij?" under reminder_increase is the noodstop, but a mere "schuld"
   * there does not take the answer away from the increases.
   */
  specificIntents?: IntentId[];
  cues: Cue[];
  /** Multiplies the cue score: a topic about a kind of sanction outweighs a generic cue ("verhoogd"). */
  weight?: number;
}

const INSTALMENT =
  /termijn|regeling|gespreid|in delen|instal+ment|payment (plan|arrangement)|raten|\braty\b|\brat\b|rozloz/;
/** Paying in parts, without the singular "termijn" (a "betalingstermijn" is a deadline). */
const IN_PARTS =
  /regeling|termijnen|gespreid|in delen|afbetal|instal+ment|payment (plan|arrangement)|raten|\braty\b|\brat\b|rozloz/;
const STILL =
  /\b(nog steeds|nog altijd|dan nog|blijf|blijven|still|immer noch|weiterhin|noch immer|nadal|dalej|wciaz)\b/;
/** "Hoe lang (mag ik over de regeling doen)", not "hoe lang heb ik (om te betalen)": that is the deadline. */
const HOW_LONG_PLAN =
  /(hoe ?lang|how long|wie lange?|jak dlugo)(?! (heb ik|do i have|have i got|habe ich|mam) )/;
/** How much time there is for something ("wie viel Zeit habe ich für den Einspruch?"). */
const TIME =
  /hoe ?lang|hoeveel tijd|how long|how much time|wie lange?|wie viel zeit|jak dlugo|ile (mam )?czasu|deadline|frist|\btermin\b|weken|weeks|wochen|tygodni/;
/** "Betaald en toch een aanmaning": a payment that did not arrive where it should. */
const PAID =
  /\b(al betaald|betaald|overgemaakt|paid|transferred|bezahlt|gezahlt|uberwiesen|zaplacil\w*|oplacil\w*|przelal\w*)\b/;
/** "Betalingsherinnering" is what many Dutch citizens call an aanmaning. */
const REMINDER = /aanmaning|herinnering|reminder|mahnung|upomnien/;
const APPEAL =
  /bezwaar|beroep|oneens|niet eens|appeal|object|disagree|(dont|do not|not) agree|einspruch|widerspruch|nicht einverstanden|odwol|sprzeciw|nie zgadzam/;
/** The citizen did not drive: "ik reed niet zelf", "nie ja prowadziłem", "meine Frau ist gefahren". */
const NOT_DRIVING =
  /niet (de )?bestuurder|reed (zelf )?niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|niet (zelf )?gereden|wasnt (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|was not (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|not the driver|(didnt|did not) drive|someone else (was )?driv|iemand anders reed|nicht (selbst )?(der )?(fahrer|gefahren)|jemand anderes (ist )?gefahren|nie (ja )?prowadzil\w*|nie (bylem|bylam) kierowc\w*|ktos inny prowadzil\w*|\b(vrouw|man|partner|vriend\w*|zoon|dochter|broer|zus|vader|moeder|wife|husband|partner|friend|son|daughter|brother|sister|father|mother|frau|mann|freund\w*|sohn|tochter|bruder|schwester|vater|mutter|zona|maz|partner\w*|kolega|kolezanka|syn|corka|brat|siostra|ojciec|matka)\b( \w+){0,2} (reed|drove|was driving|ist gefahren|fuhr|prowadzil\w*)\b/;
/** The administration costs charged once on a traffic fine. */
const ADMIN_COSTS =
  /administratie ?kosten|admin(istration)? (costs|fees|charges)|verwaltungskosten|verwaltungsgebuhr|koszt\w* administracyjn/;
/** Not paying ("als ik niet betaal", "for not paying", "wenn ich nicht bezahle", "jeśli nie zapłacę"). */
const NOT_PAYING =
  /\b(niet|geen|not|dont|never|nooit|nicht|nie)\b[a-z ]{0,20}\b(beta|pay|zahl|bezahl|zaplac|plac)|\b(betaal|betalen|pay|paying|zahle|zahlen|bezahle|bezahlen) (niet|not|nicht)\b/;

/**
 * Cues of a question about payment arrangements themselves (their conditions, the minimum, how long the
 * decision takes): answered, also when the recognizer hears a request to start one.
 */
const DECIDED =
  /aanvraag|beslissing|besluit|goedgekeurd|toegekend|beoordeel|request|decision|decided|approved|processed|assessed|hear (back|about)|antrag|entscheid|genehmigt|bearbeitet|wniosek|wniosku|decyzj|rozpatrz|zatwierdz/;

/** "Hoe lang duurt het voor mijn regeling is goedgekeurd?": how long the decision on an arrangement takes. */
export const DECISION_TIME: RegExp[] = [/hoe ?lang|how long|wie lange?|jak dlugo/, DECIDED, IN_PARTS];

export const ABOUT_ARRANGEMENTS: Cue[] = [
  /voorwaarde|in aanmerking|conditions|eligib|voraussetzung|warunk|minimum|minimaal|minimal|mindest|minimaln|(vanaf|from|ab|od) (welk|what|which|welchem|jakiej) (bedrag|amount|betrag|kwoty)/,
  // "how long before my payment plan request is decided?", "gaan de verhogingen door terwijl ik op de
  // beslissing over mijn regeling wacht?": the application (whose answer says what is not known).
  [
    /hoe ?lang|how long|wie lange?|jak dlugo|wanneer|\bwhen\b|\bwann\b|kiedy|verhog|increase|erhoh|podwyz|terwijl|while|wahrend|w czasie|ondertussen|meanwhile/,
    DECIDED,
    IN_PARTS,
  ],
  // "wanneer kom ik in aanmerking?": the conditions, not the payment deadline.
  [
    /wanneer|\bwhen\b|\bwann\b|kiedy|vanaf|ab welche/,
    /in aanmerking|eligib|qualify|voorwaarde|conditions|voraussetzung|anspruch|warunk|przysluguj/,
  ],
];

/** A speed camera or measurement that was wrong: "de flitspaal klopt niet", "der Blitzer hat falsch gemessen". */
const CAMERA =
  '(flitspaal\\w*|flitser\\w*|flitscamera\\w*|camera\\w*|radar\\w*|fotoradar\\w*|blitzer\\w*|laser\\w*|meting|gemeten|measur\\w*|messung|gemessen|pomiar\\w*|zmierzy\\w*)';
const WRONG =
  '(klopt(e)? (niet|er niet|gewoon niet)|fout\\w*|verkeerd\\w*|kapot|defect|wrong|mistake\\w*|mistaken|error|faulty|broken|incorrect|inaccurate|falsch|fehler\\w*|defekt|kaputt|pomylil\\w*|pomylk\\w*|bledn\\w*|blad\\w*|zle|zepsut\\w*|nie dziala|niesprawn\\w*)';
// (Asking for the calibration report or other evidence is the photo's answer, which says where to get it.)
const CAMERA_WRONG = new RegExp(
  `^(?!.*(ijkrapport|ijking|calibrat|eichprotokoll|eichschein|legalizac|evidence|beweis|dowod)).*(\\b${CAMERA}( \\w+){0,3} ${WRONG}\\b|\\b${WRONG}( \\w+){0,2} ${CAMERA}\\b)`,
);

/** Taken or kept back from an income. */
const TAKE_FROM =
  /\b(take|taking|took|garnish\w*|seize|deduct\w*|afhouden|afgehouden|inhouden|ingehouden|beslag|pfand\w*|einbehalt\w*|abzieh\w*|zajac|zajmie\w*|zajmowac|potrac\w*)\b/;
const INCOME_SOURCE =
  /\b(benefits?|wages?|salary|pay ?check|pension|allowances?|uitkering|toeslag\w*|loon|salaris|pensioen|gehalt|lohn|rente|sozialleistung\w*|burgergeld|kindergeld|pensj\w*|zasil\w*|wynagrodz\w*|pensj\w*|emerytur\w*)\b/;

/** A fine named by the country that gave it: "a belgian speeding ticket", "een Duitse boete", "mandat niemiecki". */
const FOREIGN_FINE =
  /\b(belgian|german|french|polish|spanish|italian|austrian|belgische|duitse|franse|poolse|spaanse|italiaanse|oostenrijkse|belgisch\w*|deutsch\w*|franzosisch\w*|polnisch\w*|osterreichisch\w*|belgijsk\w*|niemieck\w*|francusk\w*|austriack\w*) (speeding |traffic )?(fine|ticket|boete|bekeuring|bussgeld|strafzettel|mandat)|\b(mandat|mandatu) (belgijsk|niemieck|francusk|austriack)\w*/;

/** A fine from another EU country, named as such or by where it comes from (not from the Netherlands or a bank account). */
const EUROPEAN_FINE =
  /europese boete|european fine|eu ?fine|eu ?boete|buitenlandse boete|foreign fine|(boete|bekeuring|fine|ticket|bussgeld|strafzettel|geldstrafe|strafe|mandat) (uit|from|aus|z|vom|von) (?!(\w+ )?(konta|rachunku|banku|account|rekening|bankrekening|konto)\b)(?!(the |het |de |den |der |dem )?(netherlands|nederland|niederlanden|holland|holandii|niderlandow|cjib|police|politie|polizei|policji|om|gemeente|rdw)\b)|(boete|bekeuring) uit het buitenland|from another (eu )?country|ander (eu )?land|another (eu )?country|andere[mn]? (eu )?land|innego kraju/;

/**
 * Fined outside the Netherlands, said in Dutch ("een boete in het buitenland gekregen", "in het buitenland
 * geflitst"); not living abroad. ("Abroad", "im Ausland" can mean the Netherlands to a visitor: not here.)
 */
const FINED_ABROAD_NL =
  /^(?!.*\b(ik woon|wij wonen|we wonen|woonachtig)\b).*(\b(boete|bekeuring|verkeersboete|snelheidsboete|parkeerboete)\w*( \w+){0,4} (in het buitenland|buiten nederland)\b|\b(in het buitenland|buiten nederland)( \w+){0,3} (geflitst|bekeurd|beboet|op de bon)|\bbuitenlandse (verkeers)?(boete|bekeuring))/;

/** Another EU country by name (not the Netherlands): where a European fine comes from. */
const EU_ABROAD =
  '(belgie|belgium|belgien|belgii|duitsland|germany|deutschland|niemczech|niemiec|frankrijk|france|frankreich|francji|spanje|spain|spanien|hiszpanii|italie|italy|italien|wloszech|oostenrijk|austria|osterreich|austrii|luxemburg|luxembourg|luksemburgu|denemarken|denmark|danemark|danii|zweden|sweden|schweden|szwecji|portugal|portugalii|tsjechie|czechia|tschechien|czechach|kroatie|croatia|kroatien|chorwacji)';
/**
 * Fined in another EU country: "ik ben in frankrijk geflitst", "een boete gekregen uit duitsland",
 * "caught speeding in Belgium", "in Österreich geblitzt", "mandat z Niemiec" (not "a fine, I live in Germany").
 */
const FINED_ABROAD = new RegExp(
  `\\b(geflitst|bekeurd|beboet|caught|flashed|fined|speeding|geblitzt|erwischt|zlapan\\w*|sfotografowan\\w*)( \\w+){0,2} (in|w) ${EU_ABROAD}\\b|\\b(in|w) ${EU_ABROAD} (geflitst|bekeurd|beboet|op de bon|geblitzt|erwischt|zlapan\\w*)|\\b(boete|bekeuring|fine|ticket|bussgeld|strafzettel|mandat\\w*)( (?!(ik|i|ich|ja|woon|live|wohne|mieszkam)\\b)\\w+){0,2} (uit|from|aus|z|in|w) ${EU_ABROAD}\\b`,
);
/** Matches every question: the other half of a cue that should count as specific (see bailiff_involved). */
const ANY_TEXT = /./;

/** The CJIB named: it collects the fine ("en nu stuurt het cjib mij een brief"). */
const CJIB = /\bcjib\b/;

/**
 * Asking whether it can be paid in parts, for lack of money: "czy mogę płacić w ratach, bo nie mam
 * pieniędzy?" is the instalments (whose lead names the noodstop), not the noodstop alone.
 */
const MAY_IN_PARTS_NO_MONEY: RegExp[] = [
  /\b(kan ik|kun ik|mag ik|can i|could i|may i|kann ich|darf ich|czy (moge|mozna|da sie))\b/,
  new RegExp(`${IN_PARTS.source}|\\bratach\\b`),
  /geen geld|no money|(dont|do not) have (the |any |enough )?money|heb (het|dat) geld niet|kein geld|nie mam pieniedzy|nie stac mnie/,
];

/** The answer for an intent when the question has no cue for a more specific topic. */
export const INTENT_DEFAULT_TOPIC: Partial<Record<IntentId, TopicId>> = {
  payment_arrangement: 'instalments',
  cannot_pay: 'noodstop',
  how_to_pay: 'how_to_pay',
  payment_not_processed: 'payment_problem',
  reminder_increase: 'late_payment',
  payment_deadline: 'payment_deadline',
  objection: 'objection',
  photo_request: 'photo',
  not_the_driver: 'not_the_driver',
  lost_letter: 'lost_letter',
  bailiff: 'enforcement',
  victim_compensation: 'victim_compensation',
  criminal_sanction: 'strafbeschikking',
  foreign: 'foreign',
  contact: 'contact',
  complaint: 'complaint',
  privacy: 'privacy',
};

/** Per topic: the intents it may answer and the cues that pick it among an intent's topics. */
export const TOPIC_CUES: Record<TopicId, TopicCues> = {
  instalments: {
    intents: ['payment_arrangement', 'cannot_pay'],
    specificIntents: ['reminder_increase', 'how_to_pay', 'none', 'help'],
    cues: [
      ...ABOUT_ARRANGEMENTS,
      // "kan ik de boete in 2 keer betalen?": in parts, also when heard as a question about how to pay.
      [
        /\bin (2|3|4|twee|drie|vier|meerdere|een paar) (keer|delen|termijnen|stukken|betalingen)\b|\bin (2|3|two|three|several) (parts|payments|instalments|goes)\b|\bin (2|3|zwei|drei|mehreren) (raten|teilen|zahlungen)\b|\bw (2|3|dwoch|trzech|kilku) (ratach|czesciach)\b/,
        /betal|\bpay|zahl|plac/,
      ],
      // "tellen de administratiekosten mee voor de 75 euro?": the minimum's conditions, not the increases.
      [
        ADMIN_COSTS,
        /minimum|minimaal|minimal|mindest|minimaln|\b75\b|regeling|termijn|instal+ment|payment (plan|arrangement)|ratenzahlung|\braty\b|in aanmerking|eligib/,
      ],
      MAY_IN_PARTS_NO_MONEY,
      // "ik kan het niet in 1x betalen": not all at once means in parts, not not at all (also when heard
      // as how to pay or as nothing: "ich kann das nicht auf einmal bezahlen", "nie mogę zapłacić na raz").
      [
        /\b(niet|geen)\b[a-z ]{0,25}\b(in (1|een) ?(x|keer|maal)|ineens|in (zijn|haar) geheel)\b|\b(not|cant|cannot)\b[a-z ]{0,25}\b(at once|in one go|in full|in one payment)\b|\bnicht\b[a-z ]{0,25}\b(auf einmal|auf einen schlag|in einem betrag)\b|\bnie\b[a-z ]{0,25}\b(na raz|jednorazowo|od razu|w calosci)\b/,
        ANY_TEXT,
      ],
    ],
  },
  noodstop: {
    intents: ['cannot_pay', 'payment_arrangement', 'payment_deadline'],
    specificIntents: ['reminder_increase', 'fine_status', 'how_to_pay', 'help'],
    cues: [
      // "kunt u mij helpen met schuldhulp?": the municipality's debt help (situationLead), also when heard as help.
      [DEBT_HELP, ANY_TEXT],
      // "hoe vraag ik die noodstop aan?": how to request it, not how to pay (also when heard as such).
      [
        /noodstop|emergency stop|notstopp|wstrzymani\w* awaryjn/,
        /aanvra|vraag\b[a-z ]{0,25}\baan\b|krijg|regel|apply|request|ask for|get\b|beantrag|bekomm|wniosek|wniosk|zlozyc|uzyska|poprosic|\b(hoe|how|wie|jak)\b/,
      ],
      // "ik zit in de wsnp, moet ik de boete nog betalen?": debt restructuring.
      [
        /\bwsnp\b|schuldsanering|schuldhulp\w*|debt (restructuring|counsel\w*|help)|insolvenz|privatinsolvenz|schuldnerberatung|upadlos\w*|restrukturyzac/,
        /boete|\bfines?\b|bussgeld|mandat|cjib|betal|\bpay|zahl|plac/,
      ],
      // "komen er tijdens de noodstop nog verhogingen bij?": the noodstop, not the increases in general.
      [
        /noodstop|emergency stop|notstopp|wstrzymani\w* awaryjn/,
        /verhog|increase|erhoh|podwyz|tijdens|during|wahrend|w czasie|w trakcie/,
      ],
      /schuld|\bdebt|noodstop|emergency stop|geen (geld|inkomen)|no (money|income)|(dont|do not) have (the |any |enough )?money|heb (het|dat) geld niet|kein geld|\bdlug(?!o\b)|nie mam pieniedzy|bijstand|uitkering|benefits/,
      // Lost income: "ik ben mijn baan kwijt", "I lost my job".
      // Asking to have the fine written off: there is no waiver; who cannot pay asks for the noodstop.
      /kwijtschel|\b(erlassen|erlass)\b|umorz|\bwaive|write (it )?off|written off|cancel (my |the )?fine/,
      /baan kwijt|werkloos|ontslagen|lost my job|unemployed|arbeitslos|job verloren|stracil\w* prac|bez pracy|bezrobotn/,
      // "ik kan het helemaal niet betalen", not "wat als ik gar nicht zahle" (not willing is not unable).
      /\b(kan|kun|can|cant|cannot|kann|moge|moze|nie stac)\b[a-z ]{0,25}\b(helemaal niet|helemaal geen|at all|gar nicht|uberhaupt nicht|wcale)\b/,
    ],
  },
  instalment_terms: {
    intents: ['payment_arrangement', 'payment_deadline'],
    // "mn bteaalregleing hoeveel maande": the table, also when the recogniser hears a lookup.
    specificIntents: ['fine_status'],
    cues: [
      [
        /hoeveel maande|how many months|wie viele monate|ile miesi/,
        /rege?l|termijn|instal|raten|\braty\b|payment plan|arrangement/,
      ],
      /hoeveel maanden|how many months|wie viele monate|ile miesiecy|looptijd|duration|laufzeit/,
      // A number of months (not "o miesiąc" = by one month, a deferral; "maande" is a common typo).
      // "over een paar maanden", "over a few months" asks whether, not how many months.
      /(?<!(paar|enkele|few|several|einige|mehrere|kilka|kilku) )(\bmaande(n)?\b|months|monate|miesiecy|miesiace)/,
      // "hoeveel moet ik per maand betalen?": the monthly amount of the standard table.
      [
        /hoeveel|how much|wie ?viel|\bile\b/,
        /per maand|maandelijks|per month|a month|each month|monthly|im monat|pro monat|monatlich|miesiecznie|na miesiac|co miesiac/,
      ],
      // "hoe lang mag ik over de regeling doen?", "how long is the payment plan?"; not "hoe lang heb ik
      // om te betalen, en kan het in termijnen?" (the time to pay, payment_deadline).
      [HOW_LONG_PLAN, IN_PARTS],
    ],
  },
  personal_arrangement: {
    intents: ['payment_arrangement', 'cannot_pay'],
    cues: [
      /te hoog(?! geworden)|too (high|much|expensive)|te duur|te veel|kan ik niet (opbrengen|betalen per maand)|zu hoch|zu teuer|za wysok|za drog|persoonlijke|personal|maatwerk|lager bedrag|lower (amount|instalment)|kleiner bedrag|persoenlich|indywidual/,
      // "I can't afford the monthly payments anymore": the amount per month, not paying at all.
      [
        // Not "even the instalments are too much, I have debts" (the noodstop) or "not all at once" (instalments).
        /^(?!.*\b(ook|zelfs|even|sogar|einmal|nawet|schuld\w*|debts?|schulden|dlug\w*|calosci|od razu|at once|ineens|auf einmal)\b).*(cant afford|cannot afford|can no longer afford|(niet|geen) (meer )?(op)?brengen|kan (het|dat|die) niet (meer )?(betalen|opbrengen)|nicht (mehr )?leisten|raten nicht (mehr )?(be)?zahlen|nie stac mnie|nie dam rady)/,
        /monthly|per month|a month|each month|maandbedrag|per maand|elke maand|termijn|instal|\braten?\b|monatlich|im monat|\brat[ay]?\b|miesieczn|co miesiac/,
      ],
      // "ik kan maar 20 euro per maand missen", "Ich kann nur 20 Euro im Monat zahlen": an amount fitted to the situation.
      [
        /\d+ ?(euro|eur|€)? ?(per maand|in de maand|a month|per month|each month|im monat|pro monat|monatlich|miesiecznie|na miesiac|co miesiac)/,
        /\b(maar|alleen|only|just|nur|tylko|missen|spare|afford|leisten|stac)\b/,
      ],
      // "moet ik bewijsstukken meesturen voor een persoonlijke regeling?": the proof it needs.
      [/bewijsstuk|documents|paperwork|proof|nachweis|unterlagen|dokument|zaswiadcz/, IN_PARTS],
    ],
  },
  arrangement_refused: {
    intents: ['payment_arrangement'],
    cues: [
      /afgewezen|afwijzing|geweigerd|weigeren|niet toegekend|refus|reject|denied|deny|declined|turned down|abgelehnt|ablehnung|odrzuc|odmow|cancel|stopgezet|beeindigd|ingetrokken|gekundigt|beendet|anulowan|wypowiedzian/,
      // "mijn regeling is gestopt omdat ik te laat was": the ended arrangement, more than the lateness.
      [
        /regeling|arrangement|payment plan|ratenzahlung|\braty\b|plan ratalny/,
        /gestopt|stopgezet|beeindigd|stopped|ended|beendet|gekundigt|wypowiedzian\w*/,
      ],
    ],
  },
  missed_instalment: {
    intents: ['payment_arrangement', 'payment_deadline'],
    // "vorige maand vergeten de termijn te betalen": a missed instalment, not the increases in general.
    specificIntents: ['reminder_increase'],
    cues: [
      /gemist|vergeten|overgeslagen|missed|forgot|skipped|verpasst|vergessen|zapomn|przegap|nie zaplacil/,
      // "wat als ik een termijn mis?", "what if I miss a payment?": missing one, not paying late in general.
      [
        /\bmis(t|sen)?\b|\bmiss(es|ed)?\b|gemist|vergeten|forg[oe]t|verpass|vergessen|zapomn|niet (op tijd )?betaal|(didnt|did not|havent|have not|couldnt|could not) pa(y|id)|nicht (rechtzeitig )?(be)?zahl|nie zaplac/,
        /termijn|instal|\brat(e|en|a|y)\b|afbetaling|payment|betaling/,
      ],
      // "ik betaal de regeling niet meer, wat gebeurt er?": stopping the payments, not a new request.
      [
        /betaal (de |mijn )?(regeling|termijnen?|afbetaling) niet|stop (met )?(het )?(betalen van )?(de |mijn )?(regeling|termijnen|afbetaling)|(dont|do not|stop|stopped) pay(ing)? (the |my )?(instal\w*|payment plan|arrangement)|zahle (die |meine )?raten nicht|nie (bede )?(placic|splacac) rat/,
        /wat gebeurt|wat dan|wat als|what happens|what then|was passiert|was dann|co sie stanie|co wtedy|co dalej/,
      ],
    ],
  },
  new_fine_in_arrangement: {
    intents: ['payment_arrangement'],
    cues: [
      /(nieuwe|extra|tweede) (verkeers)?(boete|bekeuring)|(new|another|second|extra) (traffic )?(fine|ticket)|toevoegen|bijvoegen|add|neue[sn]? (strafe|bussgeld)|hinzufueg|hinzufug|nowy mandat|nowa kar|dodac/,
    ],
  },
  appeal_and_instalments: {
    intents: ['payment_arrangement', 'objection'],
    // "ik trek mijn beroep in": withdrawing it (situationLead), then paying in parts again.
    cues: [
      [APPEAL, INSTALMENT],
      [
        /intrek|\btrek\b[a-z ]{0,30}\bin\b|withdraw|zuruckziehen|\bziehe\b[a-z ]{0,30}\bzuruck\b|wycofa/,
        APPEAL,
      ],
    ],
  },
  payment_deadline: {
    intents: ['payment_deadline', 'fine_status'],
    specificIntents: ['payment_arrangement'],
    cues: [
      // "hoe lang heb ik om te betalen (en kan het in termijnen)?": the time to pay comes first.
      [
        /hoe ?lang heb ik|hoeveel tijd heb ik|how long do i have|how much time do i have|wie lange habe ich|wie viel zeit habe ich|ile mam czasu/,
        /betalen|betaal|\bpay|zahlen|zaplac|placic/,
      ],
      /hoe ?lang|how long|wanneer|\bwhen\b|deadline|uiterlijk|weken|weeks|uitstel|postpone|\bdue\b|bis wann|frist|kiedy|termin platnosci/,
      // "is het goed als ik het pas in december betaal?": paying later than the date.
      /later betalen|pas (in|na|over|volgende)|pay (it )?later|(still|nog) (on time|op tijd)|noch rechtzeitig|jeszcze na czas|spater (be)?zahlen|(pozniej|pozniej) zaplac|zaplac\w* pozniej|\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|januar|februar|marz|dezember)\b/,
    ],
  },
  late_payment: {
    intents: ['reminder_increase', 'payment_deadline', 'payment_not_processed'],
    // "mijn boete is veel te hoog geworden", also when the recogniser hears a lookup; "wat als ik gewoon
    // niks doe met die boete?", also when heard as how to pay or as an objection.
    specificIntents: ['fine_status', 'how_to_pay', 'objection'],
    cues: [
      // "ik heb een herinnering gehad van het cjib": what a reminder means, unless the citizen asks for
      // their own amount ("... kunt u mijn boete opzoeken?", "hoeveel moet ik nu betalen?").
      [
        REMINDER,
        // (Not "al betaald maar toch een aanmaning": where the payment went, payment_problem.)
        /^(?!.*\b(opzoeken|zoek\w*|look ?up|check|nachsehen|nachschauen|sprawdz\w*|hoeveel moet ik|how much do i (owe|have to pay)|wie ?viel muss ich|ile musze|\d{4,}|betaald|overgemaakt|paid|transferred|bezahlt|gezahlt|uberwiesen|zaplacil\w*|oplacil\w*|przelal\w*)\b).*\b(gekregen|gehad|ontvangen|kreeg|got|received|bekommen|erhalten|dostal\w*|otrzymal\w*)\b/,
      ],
      // "boete niet betaald, wat nu?": what comes after not paying, also when heard as a lookup.
      [
        /\b(niet|nog niet|not|havent|nicht|nie) (op tijd |on time |rechtzeitig |w terminie )?(betaald|paid|bezahlt|gezahlt|zaplacon\w*|zaplacil\w*)\b/,
        /wat nu|wat moet ik|wat gebeurt|what now|what (should|do|must) i do|what happens|was (nun|jetzt|tun|passiert)|co (teraz|mam zrobic|robic|dalej|sie stanie)/,
      ],
      // "can I get a refund of the increase?": the increase is set by law (its answer says so), not a payment gone astray.
      [/refund|\bterug\w*|money back|zuruck|erstatt|zwrot|oddac/, /verhoging|increase|erhohung|podwyzk/],
      [
        /wat als|what if|what happens|was (passiert|ist),? wenn|was wenn|wat gebeurt|co jesli|co sie stanie|co bedzie/,
        /\b(niks|niets) (doe|doen|mee doe)\b|\bdo nothing\b|nothing about it|\bnichts (tue|mache|unternehme)\b|\bnic nie (zrobie|robie)\b|negeer|\bignor|zignoruj/,
      ],
      [
        /boete|\bfines?\b|bussgeld|strafe|mandat|bedrag|amount|betrag|kwota/,
        /\bhoog geworden|hoger geworden|gestegen|omhoog gegaan|gone up|went up|go(es)? up|gestiegen|wzrosl|wzrasta|verhoogd|increased|erhoht|podwyzszon|doubled|tripled|verdubbeld|verdoppelt/,
      ],
      /te laat|\blate\b|aanmaning|herinnering|reminder|verhoo?g|hoger|higher|increase|duurder|more expensive|mahn|erhoh|hoher|upomnien|podwyz|wyzsz|administratiekosten|admin/,
      /\b(doubled|tripled|verdubbeld|verdrievoudigd|verdoppelt|verdreifacht|podwoil\w*|potroil\w*)\b/,
      // An amount that was one thing and is now another: "was 80 now they want 240", "eerst 100 nu 150".
      /\d\b[a-z ]{0,30}\b(now|nu|jetzt|teraz|ineens|opeens|plotzlich|nagle)\b[a-z ]{0,30}\b\d/,
      // "what happens if I never pay?": the whole road from reminders to enforcement, not only the bailiff.
      [
        /what happens|wat gebeurt|was passiert|co sie stanie|co bedzie/,
        /\b(never|nooit|niemals) (be)?(pay|betaal|zahle)|\bnigdy nie (za)?plac/,
      ],
      // "What happens if I don't pay?": the reminders and increases.
      /if i (still |just )?(dont|do not|never) pay|als ik (dan |nu )?(nog steeds |nog altijd )?niet (op tijd )?betaal\b|wenn ich (dann |immer noch |weiterhin )?(gar |uberhaupt )?nicht (rechtzeitig )?(be)?zahle\b|(jesli|jezeli|gdy) (nadal |dalej )?nie zaplac|nie zaplace\b/,
    ],
  },
  admin_costs: {
    intents: ['reminder_increase'],
    // "hoe hoog zijn de administratiekosten?", also when heard as a lookup or a payment question.
    specificIntents: ['fine_status', 'how_to_pay', 'payment_arrangement'],
    cues: [
      ADMIN_COSTS,
      // What they are, not the increases ("hoeveel zijn de verhogingen en de administratiekosten?").
      [
        ADMIN_COSTS,
        /^(?!.*(verhog|aanmaning|herinnering|increase|reminder|erhoh|mahnung|podwyz|upomnien)).*\b(wat (zijn|is)|hoe ?hoog|hoeveel|waarvoor|waarom|what (are|is)|whats|how much|why|wofur|warum|wie ?hoch|wie ?viel|was sind|\bile\b|jakie|dlaczego|za co|czym sa|wynosz)/,
      ],
    ],
  },
  strafbeschikking: {
    intents: ['criminal_sanction', 'reminder_increase', 'objection', 'how_to_pay'],
    weight: 2,
    cues: [
      /strafbeschikking|strafbevel|punitive order|penalty order|strafbefehl|\bhaft\b|gevangenis|prison|jail|detention|gefangnis|knast|wiezien|areszt|nakaz karny|taakstraf|community service|ontneming|hechtenis|boetevonnis|court fine|letter o\b|brief o\b/,
      // The letter code O is the punitive order: "letter code O", "Buchstabe O", "litera O", "the O on my letter".
      /\b(letter|buchstabe\w*|liter[aeyą]\w*)( code)? o\b|\bo (op|on|auf|na|in|w|im) (de |the |mijn |my |meinem |dem |moim |tym )?(cjib |brief|letter|schreiben|pismie|liscie)/,
      // "jail time for not paying a criminal fine": criminal, not a traffic fine.
      /\bcriminal\b|strafrecht|strafrechtelijke?\b|kryminaln|\bkarn[aey]\b/,
    ],
  },
  how_to_pay: {
    intents: ['how_to_pay'],
    specificIntents: ['contact', 'payment_arrangement'],
    cues: [
      // "jaki jest numer konta cjib?", "what is your account number?": the account on the letter.
      [
        /rekeningnummer|\biban\b|account number|bank account|bankrekening|kontonummer|bankverbindung|numer\w* (konta|rachunku)/,
        /cjib|jullie|\byour\b|\bihr\w*\b|wasz\w*/,
      ],
      /hoe betaal|how (do |can )?i (can )?pay|how to pay|ideal|digitaal loket|digid|inloggen|log ?in|\bqr|overmaa?k|overschrijv|overboek|transfer|rekeningnummer|\biban|account number|bankrekening|wie bezahl|wie kann ich (be)?zahlen|uberweis|jak zaplac|przelew|numer konta/,
      // Several fines in one transfer, or each on its own: each fine is paid separately (also when the
      // recogniser hears an instalment question in "2 boetes samen in 1 overboeking").
      [
        /\bin (1|een|one|einer|jednym) (overboeking|overschrijving|transfer|uberweisung|przelewie)\b|\b(samen|tegelijk|together|zusammen|razem|apart|separately|einzeln|osobno) (overmaken|overboeken|transfer|transferring|uberweisen|przelac)\b/,
        /boetes|fines|bussgelder|strafen|mandaty|mandatow|beide|both|allebei|twee|\b2\b|zwei|dwa/,
      ],
    ],
  },
  cjib_number: {
    intents: ['how_to_pay', 'lost_letter', 'fine_status', 'contact'],
    cues: [
      /welk nummer|(which|what) number(?! (of the |the )?account)|cjib ?nummer|cjib ?number|cjibnummer|betalingskenmerk|kenmerk|payment reference|reference|16 cijfers|16 digits|waar staat|where is the number|welche nummer|aktenzeichen|kassenzeichen|verwendungszweck|numer cjib|(ktory|jaki) numer(?! (konta|rachunku))/,
      // "welk kenmerk zet ik bij de overschrijving?": the reference, more specific than how to pay.
      [
        /kenmerk|reference|referentie|omschrijving|description|verwendungszweck|zahlungsreferenz|tytul/,
        /overschrijv|overmaa?k|transfer|uberweis|przelew|przelac/,
      ],
    ],
  },
  letter_code: {
    intents: ['criminal_sanction', 'lost_letter', 'fine_status', 'how_to_pay'],
    cues: [
      // "wat betekent de letter M op mijn brief?", "what does the S on my letter mean?" (an O is the
      // punitive order itself, which that topic answers with more weight).
      /\b(big|large|grote|dikke|gross\w*|duz\w*) [mosetwb]\b|\b(letter|buchstabe\w*|liter[aeyą]\w*)( code)? [mosetwb]\b|\b[mosetwb] (op|on|auf|na|in|w|im) (de |the |mijn |my |meinem |meinen |dem |moim |mojym |tym )?(brief|letter|schreiben|pismie|liscie|cjib)|\b(letter|brief|schreiben|pismo) (says|zegt|shows|toont|zeigt)( (a|an|een|ein))? [mosetwb]\b|lettercode|letter code|buchstabencode|kod literowy/,
    ],
  },
  payment_problem: {
    intents: ['payment_not_processed'],
    cues: [
      /twee keer|2 keer|dubbel|twice|double|verkeerde|wrong|terug|refund|niet verwerkt|not (been )?processed|zweimal|doppelt|falsch|dwa razy|podwojn|zwrot|bledn/,
      // "ik heb betaald maar toch een aanmaning": where the payment went, not why fines go up.
      [PAID, REMINDER],
      // "the transfer went through weeks ago, now the fine went up": the payment, not the increase
      // (three patterns: more specific than "the fine went up").
      [
        /went through|already (paid|transferred)|al (betaald|overgemaakt)|schon (bezahlt|uberwiesen)|juz (zaplacil|przelal)\w*|\btransfer\b|overboeking|uberweisung|przelew/,
        /went up|gone up|higher|increase|verhoog|hoger|erhoh|hoher|podwyz|wyzsz/,
        /boete|\bfines?\b|letter|brief|bussgeld|mandat|reminder|aanmaning|mahnung|upomnien|bedrag|amount/,
      ],
    ],
  },
  bank_debit: {
    intents: ['bailiff', 'payment_not_processed'],
    // "cjib took 500 euro from my account", "hoeveel mag het cjib van mijn rekening afhalen?"
    specificIntents: ['fine_status', 'how_to_pay', 'foreign', 'cannot_pay'],
    cues: [
      /afgeschreven|afschrijving|van mijn rekening|from my (bank )?account|taken from|debited|withdrawn|abgebucht|pobra|sciagn|z (mojego )?konta/,
      // "er is 300 euro van mijn rekening afgeschreven ... beslag": the debit, more specific than 'beslag'.
      [DEBIT_VERB, ACCOUNT],
    ],
  },
  enforcement: {
    intents: ['bailiff', 'cannot_pay', 'payment_deadline'],
    specificIntents: ['criminal_sanction', 'none', 'help', 'fine_status'],
    cues: [
      // "can you take money from my benefits?", "kan de boete van mijn toeslagen afgehouden worden?".
      [TAKE_FROM, INCOME_SOURCE],
      // "kan ik mijn auto terug krijgen?" after the wheel clamp: Domeinen keeps it, not a refund.
      [/\b(auto|car|wagen|samochod\w*)\b/, /\bterug\w*|\bback\b|zuruck|odzyska\w*|oddadza|odebrac/],
      // "kan ik de gevangenis in als ik mijn boete niet betaal?": gijzeling for not paying a fine, not a
      // prison sentence ("Muss ich in Haft, wenn ich nicht zahle?" names no fine: the punitive order).
      [
        /gevangenis|prison|jail|\bcel\b|vastgezet|gefangnis|\bhaft\b|knast|wiezien|areszt|siedzie/,
        NOT_PAYING,
        /boete|bekeuring|\bfines?\b|ticket|bussgeld|strafzettel|mandat/,
      ],
      // Not willing rather than not able: "ik betaal gewoon niet", "I refuse to pay".
      /\b(betaal|pay|zahle|placic|zaplace) (gewoon |simply |just |einfach |po prostu )?(niet|not|nicht|nie)\b|i (just |simply )?(wont|will not) pay|weiger te betalen|refuse to pay|weigere mich|odmawiam/,
      // "ik ga echt niet betalen", "I'm not going to pay".
      REFUSES,
      // "en als ik dan nog steeds niet betaal?": what comes after the reminders (more specific than late_payment).
      [
        STILL,
        /\b(niet|geen|dont|do not|not|cant|cannot|wont|never|nicht|nie)\b[a-z ]{0,10}\b(beta|pay|zahl|zaplac)/,
      ],
      /deurwaarder|dwangbevel|beslag|gijzeling|rijbewijs|klem|wielklem|bailiff|garnish|seize|seizure|licen[cs]e|detention|jail|prison|gevangenis|\bhaft\b|wiezien|blijf niet betalen|keep not paying|never pay|nooit betaal|niemals (be)?zahl|nigdy nie (za)?plac|gerichtsvollzieher|pfandung|komornik|zajeci|areszt/,
      // "wat kan het cjib doen als ik niet betaal?": the steps after the reminders.
      /\b(wat (kan|mag|gaat) (het cjib|jullie|u) (doen|dan doen)|what (can|will|does) (the )?cjib do|what can you do|was (kann|darf|macht) das cjib|co (moze|zrobi|robi) cjib)\b/,
      // "waar is mijn auto na de wielklem?": Domeinen Roerende Zaken keeps it.
      /\b(waar is|where is|wo ist|gdzie jest) (mijn|my|mein|moj) (auto|car|wagen|samochod)|domeinen|weggesleept|towed|abgeschleppt|odholowan/,
    ],
  },
  // Enforcement already happening (enforcementSituations.ts): what to do now, not the list of what may
  // come. Each cue is paired with ANY_TEXT so it counts as specific: it picks its topic under the
  // intents a worried story is also heard as ("mijn broer is opgepakt" as a lookup or as unsure).
  bailiff_involved: {
    intents: ['bailiff'],
    specificIntents: ['cannot_pay', 'none', 'help', 'payment_arrangement', 'fine_status'],
    weight: 2,
    cues: [[BAILIFF_INVOLVED, ANY_TEXT]],
  },
  detention: {
    intents: ['bailiff'],
    specificIntents: ['criminal_sanction', 'none', 'help', 'payment_deadline', 'fine_status'],
    weight: 3,
    cues: [[DETAINED_NOW, ANY_TEXT]],
  },
  seized_vehicle: {
    intents: ['bailiff'],
    specificIntents: ['payment_not_processed', 'none', 'not_the_driver', 'payment_deadline'],
    weight: 3,
    cues: [
      [VEHICLE_SEIZED, ANY_TEXT],
      [LICENCE_GONE_ON_ROAD, ANY_TEXT],
    ],
  },
  objection: {
    intents: ['objection', 'payment_deadline'],
    // "moet ik de administratiekosten ook betalen als ik bezwaar maak?": no payment during the appeal.
    // "fotoradar się pomylił", "de flitspaal klopt niet": the measurement disputed (heard as the photo, or as nothing).
    specificIntents: ['contact', 'reminder_increase', 'photo_request', 'none', 'help'],
    cues: [
      [CAMERA_WRONG, ANY_TEXT],
      // "waar stuur ik mijn bezwaar naartoe?": the Parket CVOM, not the CJIB's own contact details.
      [APPEAL, /adres|address|sturen|stuur|send|opsturen|schicken|senden|wyslac|wysylac|postbus/],
      // "er staat een verkeerd kenteken op de boete": the fine itself is disputed.
      [
        /verkeerd|wrong|incorrect|falsch|zl[ey]|bledn|niet (van )?mij|not mine|nicht meins?/,
        /kenteken|(licen[cs]e|number) plate|\bplate\b|kennzeichen|rejestracyjn/,
      ],
      /officier|\bovj\b|\bcvom\b|oneens|niet eens|onterecht|\bobjection\b|bezwaarschrift|beroepschrift|disagree|unfair|unjust|wrong fine|not agree|nicht einverstanden|nie zgadzam|\bbezwaar\b|object to/,
      // "moet ik betalen zolang mijn beroep loopt?": no payment during the appeal.
      [APPEAL, /while|tijdens|zolang|ondertussen|intussen|meanwhile|wahrend|solange|w trakcie|podczas/],
      // "moet ik de administratiekosten ook betalen als ik bezwaar maak?"
      [
        APPEAL,
        /administratiekosten|administration costs|admin costs|verwaltungskosten|koszt\w* administracyjn/,
      ],
      // "wie viel Zeit habe ich für den Einspruch?"
      [TIME, APPEAL],
      // "hoe lang duurt het voor de officier beslist?": up to 16 weeks.
      [TIME, /officier|\bovj\b|\bcvom\b|prosecutor|staatsanwalt|prokurator/],
    ],
  },
  court_appeal: {
    intents: ['objection'],
    // "ik ben onder de 16, hoeveel zekerheid moet ik betalen?"
    specificIntents: ['payment_deadline', 'fine_status', 'how_to_pay'],
    cues: [
      /kantonrechter|rechter|rechtbank|\bcourt|judge|zekerheid|security|uitspraak|beslissing van de officier|prosecutors decision|decision of the prosecutor|amtsgericht|richter|\bsad|sedzi/,
      // "de officier heeft mijn beroep afgewezen": the next step is the court.
      [
        /officier|prosecutor|staatsanwalt|prokurator/,
        /afgewezen|afwijs|afwijst|wijst (het |mijn beroep )?af|ongegrond|reject|dismiss|upheld|upholds|turned down|turns down|abgelehnt|ablehnt|zuruckgewiesen|odrzuc|oddal/,
      ],
      [TIME, /kantonrechter|rechter|\bcourt|judge|amtsgericht|richter|\bsad/],
      [
        /zekerheid|security deposit|sicherheit|zabezpieczeni/,
        /betal|\bpay|zahl|plac|hoeveel|how much|wie ?viel|\bile\b/,
      ],
    ],
  },
  court_of_appeal: {
    intents: ['objection'],
    specificIntents: ['payment_deadline', 'fine_status', 'how_to_pay'],
    cues: [
      /gerechtshof|\bhof\b|court of appeal|appeals court|berufungsgericht|sad apelacyjn|apelacj/,
      // "ik ben het niet eens met de uitspraak van de rechter": the step after the court, not the first appeal.
      [
        /kantonrechter|rechter|rechtbank|\bcourt|judge|amtsgericht|richter|\bsad\w*|sedzi/,
        /uitspraak|vonnis|oordeel|ruling|judg(e)?ment|verdict|urteil|entscheidung|wyrok|orzeczeni/,
      ],
    ],
  },
  not_the_driver: {
    intents: ['not_the_driver', 'objection'],
    // "Bußgeldbescheid aus den Niederlanden, ich war nicht der Fahrer": the driver, not paying from abroad
    // (three patterns, more than the fine from abroad weighs).
    specificIntents: ['foreign'],
    cues: [
      [
        /\b(nicht (selbst )?(der )?(fahrer|gefahren)|not the driver|wasnt (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|was not (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|didnt drive|did not drive|niet (de )?bestuurder|niet (zelf )?gereden|reed niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|nie (ja )?prowadzil\w*|nie (bylem|bylam) kierowc\w*)/,
        /(from|in) (the )?netherlands|from holland|\bdutch\b|aus den niederlanden|aus holland|niederlandisch|z holandii|w holandii|holenders?k|uit nederland|nederlandse/,
        /boete|bekeuring|\bfines?\b|ticket|bussgeld|strafzettel|bescheid|mandat|brief|letter|schreiben|pismo/,
      ],
      /niet (de )?bestuurder|reed niet(?! (te |zo |veel |echt )?(hard|snel|harder|sneller|door rood|over))|niet (zelf )?gereden|wasnt (driving(?! (too |that |so )?(fast|quick|over|through))|the driver)|not the driver|not driving(?! (too |that |so )?(fast|quick|over|through))|someone else (was )?driv|iemand anders reed|verkocht|\bsold|gestolen|stolen|uitgeleend|geleend|\blent|lease|huurauto|rental|company car|bedrijfsauto|auto van de zaak|zakenauto|firmenwagen|firmenauto|dienstwagen|samochod\w* sluzbow|auto firmow|mietwagen|mietauto|vermiet|leasing|wynajet|wypozycz|kenteken|vrijwaring|owner|nicht gefahren|fahrer|nie (ja )?prowadzil|kierowc|sprzedal|skradzion/,
      // "nie zgadzam się z mandatem, nie ja prowadziłem", "I disagree, my wife was driving": the reason
      // given is not driving, which owner liability answers (more specific than the disagreement).
      [APPEAL, NOT_DRIVING],
      // "ik ben het er niet mee eens, mijn vrouw reed": someone else drove, however the disagreement is said.
      NOT_DRIVING,
      // "ik was er helemaal niet, ik was op vakantie": someone else drove.
      /\b(was er (helemaal |eens |toen )?niet|was niet eens daar|wasnt (even )?there|was not (even )?there|war (gar )?nicht (dort|da)|nie bylem tam|nie bylam tam|op vakantie|on holiday|on vacation|im urlaub|na (wakacjach|urlopie))\b/,
      // Someone else's car: "my sister's car", "de auto van mijn zus", "das Auto meiner Schwester".
      /\b(my|her|his|a) [a-z]+s car\b|\bauto van (mijn|m?n|haar|zijn|een) |\b(auto|wagen) (meiner|meines|von meiner|von meinem)\b|\bsamochod\w* (mojego|mojej|kolegi|kolezanki|brata|siostry)\b/,
    ],
  },
  photo: {
    intents: ['photo_request', 'objection'],
    cues: [
      /foto|photo|picture|flitspaal|beeld|bild|zdjec|fotograf/,
      // "ik rij een leaseauto, hoe zie ik de foto?": the photo (its answer covers lease cars), not the driver.
      [
        /foto|photo|picture|bild|zdjec/,
        /lease|bedrijfsauto|auto van de zaak|company car|firmenwagen|dienstwagen|sluzbow|\b(zie|zien|bekijk\w*|see|view|sehen|ansehen|zobacz\w*)\b/,
      ],
      // Other evidence: the calibration report is asked from the enforcing agency.
      /ijkrapport|ijking|calibrat|eichprotokoll|eichschein|legalizac|bewijs(?!stuk)|evidence|beweis|dowod/,
    ],
  },
  wrong_address: {
    intents: ['lost_letter', 'not_the_driver', 'objection'],
    cues: [
      /niet voor mij|not for me|woont hier niet|doesnt live here|does not live here|vorige bewoner|previous (tenant|resident|occupant|owner of the house)|andere naam|someone elses|verkeerd adres|wrong address|nicht fur mich|wohnt (hier )?nicht|vormieter|vorbewohner|(vorherigen|fruheren) (mieter|bewohner)|nie do mnie|nie mieszka|poprzedni\w* (lokator|mieszkan|najemc|wlasciciel)/,
      // Letters for someone who moved out: "for someone who moved out years ago".
      // Not "we zijn verhuisd": then the citizen moved and the letter went to the old address.
      /\b(who|die|der|ktor\w*) (has |had |is |heeft |ist |sie |er )?(al |already |lang |long |years ago |jaren geleden )?(moved (out|away)|verhuisd|vertrokken|ausgezogen|weggezogen|wyprowadzil\w*)|\b(woont|wonen) (hier )?niet meer|\b(hier )?niet (meer )?(hier )?(woont|woonde)\b|no longer lives|doesnt live here anymore|wohnt (hier )?nicht mehr|juz (tu )?nie mieszka/,
    ],
  },
  victim_compensation: {
    intents: ['victim_compensation'],
    cues: [
      /slachtoffer|schadevergoeding|voorschot|victim|compensation|damages|advance|opfer|schadenersatz|ofiar|odszkodow/,
      // "the guy who hit me was ordered to pay me", "de dader moet mij betalen".
      /dader|offender|perpetrator|\btater|sprawc|ordered to pay me|moet mij (\w+ )?betalen|hit me|assault|mishandel|inbraak|burglar|einbruch|pobil|napad/,
    ],
  },
  foreign: {
    intents: ['foreign'],
    // "co się stanie, jeśli nie zapłacę mandatu z Holandii?", also when heard as a question about increases.
    specificIntents: ['reminder_increase'],
    // Living abroad changes the answer more than a generic cue does ("wat als ik niet betaal").
    weight: 2,
    cues: [
      [
        /(from|in|uit|aus|z|w) (the |den )?(netherlands|nederland|niederlanden|holland|holandii)|\bdutch (fine|ticket|speeding|traffic)|niederlandisch|holendersk/,
        NOT_PAYING,
      ],
      /buitenland|woon in|live in|abroad|at home in|\b(in|w) (the )?(uk|united kingdom|england|engeland|belgi\w*|germany|duitsland|deutschland|poland|polen|polsce|france|frankrijk|frankreich|francji|spain|spanje|spanien|italy|itali\w*|romania|roemeni\w*|rumanien|rumunii|austria|oostenrijk|osterreich|luxemb\w*)\b|foreign (plate|licen)|buitenlands kenteken|ausland|wohne in|zagranic|mieszkam w/,
      // A Dutch fine named from abroad: "a fine from the Netherlands", "Strafzettel aus Holland", "mandat z Holandii".
      /(from|in) (the )?netherlands|from holland|dutch (fine|ticket|speeding|traffic)|aus den niederlanden|aus holland|in den niederlanden|niederlandisch|z holandii|w holandii|holenders?k/,
      // Paying from another country: "czy potrzebuję DigiD, żeby zapłacić z Polski?", "Wie überweise ich das
      // Bußgeld aus Österreich?" (a question about paying, more specific than "a fine from Austria").
      [
        /\b(betalen|betaal|overmaken|pay|paying|transfer|zahlen|bezahlen|uberweis\w*|zaplac\w*|placic|przelac)\b( \w+){0,3} (vanuit|from|aus|z) (het buitenland|abroad|dem ausland|zagranicy|polski|niemiec|belgii|francji|austrii|duitsland|belgie|polen|frankrijk|oostenrijk|germany|poland|belgium|france|austria|deutschland|belgien|frankreich|osterreich)\b/,
        /\b(wie|how|hoe|jak|kann|can|kan|czy|moet|muss|must)\b/,
      ],
    ],
  },
  european_fine: {
    intents: ['foreign', 'reminder_increase'],
    specificIntents: ['objection'],
    weight: 2,
    cues: [
      EUROPEAN_FINE,
      // "got a belgian speeding ticket via cjib, can i appeal in the netherlands?": only in Belgium;
      // "ein Bußgeld aus Österreich, kann ich Einspruch einlegen?", also when heard as an objection.
      [FOREIGN_FINE, APPEAL],
      [EUROPEAN_FINE, APPEAL],
      // "ik ben in frankrijk geflitst en nu stuurt het cjib mij een brief": not the Dutch fine abroad.
      [FINED_ABROAD, APPEAL],
      [FINED_ABROAD, CJIB],
      // "ik heb een verkeersboete in het buitenland gekregen": said in Dutch, abroad is outside the Netherlands.
      [FINED_ABROAD_NL, ANY_TEXT],
    ],
  },
  scam: { intents: [], cues: [] },
  complaint: {
    intents: ['complaint'],
    // "ik ben het niet eens met hoe het CJIB mij behandelt": the service, not the fine.
    specificIntents: ['objection'],
    cues: [
      /klacht|klagen|complain|ombudsman|beschwer|skarg/,
      [
        /\b(hoe|how|wie) (het cjib |the cjib |das cjib |jullie |you |sie )?(mij |me |mich )?(behandel\w*|treat\w*|behandelt)|behandeld ben|was treated|\b(onbeschoft|rude|unfreundlich|niegrzeczn\w*)/,
        /cjib|jullie|\byou\b|\bsie\b|medewerker|staff|mitarbeiter|pracownik|telefoon|phone|telefon/,
      ],
    ],
  },
  privacy: {
    intents: ['privacy'],
    cues: [
      /privacy|gegevens|\bdata\b|\bavg\b|gdpr|\bbsn\b|dsgvo|datenschutz|dane osobowe|\brodo\b|algoritm|algorithm|algorytm/,
    ],
  },
  contact: {
    intents: ['contact'],
    cues: [
      // "welk nummer moet ik bellen?": a phone number, not the CJIB number on the letter.
      [
        /welk nummer|which number|what number|welche nummer|jaki numer|ktory numer/,
        /bellen|\bcall|phone|telefon|anrufen|zadzwon|dzwoni/,
      ],
      /telefoon|bellen|\bphone|\bcall\b|\bnumber\b|adres|address|openingstijden|opening hours|email|mailen|telefon|anrufen|zadzwon|\bcontact|bereiken|reach you|erreichen|kontakt/,
      // A professional on behalf of a client: the separate line for social workers.
      /hulpverlener|schuldhulpverlener|bewindvoerder|maatschappelijk werk|social worker|debt (counsel|advis)|schuldnerberat|sozialarbeit|betreuer|doradc|pracownik socjaln|kurator/,
    ],
  },
  about_cjib: {
    // "Wat is het CJIB?" is heard as a request for help: only a short question ending in the CJIB picks it
    // (not "wie kann ich das CJIB erreichen?", not "wat is het cjib nummer?").
    intents: [],
    specificIntents: ['help', 'none', 'contact', 'criminal_sanction', 'objection'],
    cues: [
      // "Is het CJIB hetzelfde als het OM?": who collects, and who decides (situationLead says it first).
      [/\bcjib\b/, SAME_AS, OTHER_BODY],
      [
        /^ (\w+ ){0,3}(wat|wie|what|whats|who|was|wer|czym|kim|co)( \w+){0,3} cjib( (eigenlijk|eigentlich|actually|wlasciwie|precies|exactly|genau|dokladnie|dan|then|denn|so))? $/,
        /\bcjib\b/,
      ],
    ],
  },
  // Reached first through their own words (askedFirst.ts), whatever the intent; these cues only for
  // the places that pick a topic by intent alone (a second question, a follow-up).
  letter_explained: {
    intents: [],
    specificIntents: ['lost_letter', 'fine_status', 'help'],
    cues: [[/\b(mulder|wahv|beschikking)\b/, /betekent|betekenis|mean|bedeutet|heisst|znaczy|oznacza|co to/]],
  },
  digid: {
    intents: [],
    specificIntents: ['how_to_pay', 'foreign', 'lost_letter', 'help'],
    cues: [[/\bdigid\b/, /\b(wat is|what is|whats|was ist|co to|czym jest)\b/]],
  },
  interest: {
    intents: [],
    specificIntents: ['victim_compensation'],
    cues: [
      [/\b(rente|interest|zinsen|odsetk\w*)\b/, /schadevergoeding|compensation|schadenersatz|odszkodow/],
    ],
  },
  filed_request: {
    intents: [],
    specificIntents: ['payment_arrangement'],
    cues: [
      [
        /intrek|annuleer|withdraw|cancel|zuruckzieh|stornier|wycofa|anulowa/,
        /aangevraagd|ingediend|verstuurd|applied|filed|submitted|beantragt|gestellt|zlozyl\w*|wyslal\w*/,
      ],
    ],
  },
  beyond_knowledge: {
    // Never an intent's default; only a specific question DOMAIN.md has no answer to.
    intents: [],
    specificIntents: [
      'fine_status',
      'payment_deadline',
      'how_to_pay',
      'objection',
      'reminder_increase',
      'cannot_pay',
      'payment_arrangement',
      'lost_letter',
      'not_the_driver',
      'bailiff',
      'criminal_sanction',
      'foreign',
      'contact',
    ],
    cues: [
      // The amount of a fine for an offence: set per offence, not known here ("hoe hoog is de boete voor door rood rijden?").
      [
        /hoe hoog is (de|een) (boete|bekeuring)|hoeveel (is|kost) (de|een) (boete|bekeuring)|wat kost (de|een) (boete|bekeuring)|how much is (a|the) (fine|ticket)|how much do you (pay|get) for|wie (hoch|teuer) ist (das|ein) (bussgeld|strafzettel)|wie ?viel kostet (das|ein) (bussgeld|strafzettel)|\bile (wynosi|kosztuje) mandat/,
        /te hard|snelheid|\bkm|door rood|rood licht|bellen|telefoon|parkeren|gordel|speeding|red light|phone|parking|seat ?belt|zu schnell|rote ampel|handy|falschparken|parken|gurt|predkosc|czerwon|telefon|parkowani|pasy|overtreding|offence|verstoss|wykroczeni|verzeker|insur|\bwam\b|\bapk\b|\bmot\b|versicher|\btuv\b|ubezpiecz|przeglad/,
      ],
      // One's own death: "wat gebeurt er met mijn boetes als ik overlijd?", "what if I die?".
      [
        /\b(als|wanneer|na) (ik|mijn) (dood ga|overlijd|overlijden|kom te overlijden|sterf|dood)\b|\b(if|when|after) i (die|pass away)\b|\bafter my death\b|\bwenn ich (sterbe|tot bin)\b|\bnach meinem tod\b|\b(jesli|jezeli|gdy|kiedy) umre\b|\bpo mojej smierci\b/,
        ANY_TEXT,
      ],
      // Fines of someone who has died (not "my father died, can I pay my fine later?").
      [
        DIED,
        /\bvan (hem|haar)\b|\b(had|hatte|mial\w*) (nog |noch |jeszcze )?(boetes?|fines?|schulden|debts?|bussgeld\w*|strafen|mandat\w*|dlug\w*)\b|nalatenschap|erfgena|\b(his|her) (fines?|debts?)\b|\b(fines?|debts?) of (my|a|the|our) (late|deceased|dead)\b|\bestate\b|\bheirs?\b|\b(seine|ihre) (strafe|bussgeld|schulden)|nachlass|\berben\b|\b(jego|jej) (mandat|dlug)|spadk/,
      ],
      // Interest on a fine (DOMAIN.md knows it only for compensation orders).
      [
        /\b(rente|interest|zinsen|odsetk\w*)\b/,
        /boete|\bfines?\b|bussgeld|strafe|mandat|regeling|arrangement|instal|raten|\braty\b|betal|\bpay|zahl|plac/,
      ],
      // Whether a fine lapses.
      [
        /verjaar|verjaring|verjaart|statute of limitations|verjahr|przedawni/,
        /boete|fine|bussgeld|strafe|mandat|cjib/,
      ],
    ],
  },
  lost_letter: {
    intents: ['lost_letter', 'fine_status', 'how_to_pay'],
    // "ik heb een boete maar ben net verhuisd": moved within the Netherlands, not abroad.
    specificIntents: ['foreign'],
    cues: [
      [
        /^(?!.*\b(buitenland|abroad|ausland|zagranic\w*|naar|to|nach|do|uit|from|aus|out|away|who|die|der|ktory)\b).*\b(ben|zijn|i|ive|we|ich|wir|jestem)\b.*\b(verhuisd|moved|umgezogen|przeprowadzil\w*)\b/,
        /boete|\bfines?\b|brief|letter|bussgeld|schreiben|mandat|pismo|cjib/,
      ],
      // Not "mijn baan kwijt", "lost my job": that is lost income (noodstop); "ben ik alles kwijt": a fear of losing out.
      /(?<!(baan|werk|job|inkomen|alles) )kwijt(?!schel)|verloren|zoekgeraakt|weggegooid|lost(?! (my |his |her |our )?(job|work|income|everything))|thrown away|(niet|nooit|geen) (brief )?ontvangen|never (got|received)|didnt (get|receive)|no letter|geen brief|nicht (erhalten|bekommen)|verloren|zgubil|nie otrzymal|nie dostal/,
      // "ik ben mijn CJIB-nummer kwijt": without the letter's number, the Digitaal Loket or the CJIB.
      [/kwijt|verloren|\blost\b|verlegt|zgubil/, /nummer|number|numer/],
    ],
  },
};

const CHANNEL =
  /\b(sms\w*|whatsapp|whats app|appje|app|email\w*|mail|maila|mailem|bericht|message|text|link|linki\w*|tikkie|betaalverzoek|payment request|nachricht|wiadomosc\w*)\b/;
const FRAUD =
  /\b(nep|vals|valse|fake|scam|phishing|fraude|fraud|oplicht\w*|gefalscht\w*|betrug\w*|oszust\w*|falszyw\w*)\b/;
const DOUBT =
  /\b(echt(?! (geen|niet|nicht|kein\w*|nie)\b)|real|genuine|legit|betrouwbaar|verdacht\w*|suspicious|podejrzan\w*|trust|prawdziw\w*|prawda|naprawde|wirklich)\b/;
const RECEIVED =
  /\b(gekregen|kreeg|gehad|ontvangen|binnengekregen|received|got|erhalten|bekommen|dostal\w*|otrzymal\w*)\b/;
/** A request to pay in the message: the CJIB never sends one by e-mail or text message. */
const PAY_REQUEST =
  /\b(link|linki\w*|betaallink|betaalverzoek|payment request|pay now|click here|klik hier|hier klicken|kliknij|zahlungsaufforderung|link do platnosci)\b/;
const PUSH_CHANNEL = /\b(sms\w*|whatsapp|whats app|appje|text message|a text|texted|tikkie|betaalverzoek)\b/;
/** "Sturen jullie boetes via WhatsApp?": whether the CJIB sends fines that way at all. */
const CJIB_SENDS =
  /\b(sturen jullie|stuurt (het )?cjib|versturen jullie|do you send|does (the )?cjib send|will you (ever )?send|schicken sie|verschicken sie|verschickt das cjib|schickt das cjib|sendet das cjib|wysylacie|cjib wysyla)\b/;
/** "Hoe weet ik of een brief echt van het CJIB is?": how to recognise the real CJIB. */
const LETTER = /\b(brief|letter|schreiben|pismo|list)\b/;
/** An explicit doubt about the letter itself (not "ik heb echt geen geld"). */
const LETTER_DOUBT =
  /\b(hoe weet ik of|hoe (kan ik zien|zie ik|controleer ik|check ik|herken ik) of|how do i know if|how (can|do) i (see|verify|tell|check) (if|whether)|how can i (tell|check) if|wie erkenne ich|woran erkenne ich|jak (rozpoznac|sprawdzic)|is (deze|die|dit|de|het) brief (wel )?echt|(is )?(this|the) letter (real|genuine|legit)|echte brief|ist (das|dieses) schreiben (echt|wirklich)|czy (to )?pismo jest prawdziw\w*)\b/;
/** "How do I know this email is from the CJIB?": how to tell a message is real. */
const HOW_TO_TELL =
  /\b(how (do|can) i (know|tell|check|see|verify)|hoe (weet|zie|controleer|check) ik|hoe kan ik (zien|weten|controleren)|woher weiss ich|wie (erkenne|prufe|sehe) ich|skad mam wiedziec|jak (sprawdzic|rozpoznac|poznac))\b/;
const FROM_CJIB = /\b(cjib|van jullie|from you|von ihnen|vom cjib|od was)\b/;
/** Paid already through a link in a message: the bank, straight away. */
const PAID_THROUGH = /\b(paid|betaald|bezahlt|gezahlt|zaplacil\w*|oplacil\w*)\b/;
const THROUGH_LINK = /\b(link\w*|sms\w*|whatsapp|appje|tikkie|betaalverzoek|text message|a text)\b/;
/** "Er belde iemand namens het CJIB dat ik direct moest betalen": pressure by phone to pay at once. */
const CALLED =
  /\b(belde|gebeld|opgebeld|called me|phoned me|rang me|rief (mich )?an|angerufen|zadzwonil\w*|dzwonil\w*)\b/;
const FROM_CJIB_CALL = /\b(cjib|namens|on behalf|im namen|w imieniu)\b/;
const AT_ONCE =
  /\b(direct|meteen|nu|vandaag|now|immediately|right away|today|sofort|heute|jetzt|natychmiast|dzisiaj|teraz|od razu)\b/;
const PAY_WORD = /\b(betalen|betaal|pay|zahlen|bezahlen|zaplac\w*|placic)\b/;
/** The channels fake fines come through (not a letter, not this chat). */
const SENT_BY = /\b(sms\w*|whatsapp|whats app|appje|email|mail|texts?|text messages?)\b/;
const FINE_WORD =
  /\b(boetes?|aanmaning\w*|fines?|reminders?|bussgeld\w*|strafe\w*|mahnung\w*|mandat\w*|upomnieni\w*)\b/;

/**
 * Whether the question is about a message claiming to be from the CJIB. Checked before the intent,
 * because such questions are classified under many intents (contact, how_to_pay, none) and the
 * answer protects citizens from fraud.
 */
export function isScamQuestion(normalized: string): boolean {
  if (FRAUD.test(normalized)) return true;
  if (CHANNEL.test(normalized) && DOUBT.test(normalized)) return true;
  if (CHANNEL.test(normalized) && HOW_TO_TELL.test(normalized) && FROM_CJIB.test(normalized)) return true;
  if (CHANNEL.test(normalized) && RECEIVED.test(normalized) && PAY_REQUEST.test(normalized)) return true;
  if (SENT_BY.test(normalized) && CJIB_SENDS.test(normalized) && FINE_WORD.test(normalized)) return true;
  if (CJIB_SENDS.test(normalized) && /\b(sms\w*|whatsapp|texts?)\b/.test(normalized)) return true;
  if (/\bcjib\b.*\b(on|op|auf|na) whatsapp\b|\bwhatsapp (van|from|vom|od) (het )?cjib\b/.test(normalized))
    return true;
  if (LETTER.test(normalized) && LETTER_DOUBT.test(normalized) && FROM_CJIB.test(normalized)) return true;
  if (PAID_THROUGH.test(normalized) && THROUGH_LINK.test(normalized)) return true;
  const pressedByPhone = CALLED.test(normalized) && FROM_CJIB_CALL.test(normalized);
  if (pressedByPhone && AT_ONCE.test(normalized) && PAY_WORD.test(normalized)) return true;
  // "Ik werd gebeld door iemand van het CJIB: betalen, anders word ik opgepakt": never the detention answer.
  if (isCjibCallerScam(normalized)) return true;
  return PUSH_CHANNEL.test(normalized) && RECEIVED.test(normalized);
}
