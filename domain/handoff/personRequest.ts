import { asksForCallback, asksToBeCalledBack } from '../language/callbackRequest';
import { normalizeText } from '../language/normalizeText';

/**
 * "Mag ik een mens", "real person please", "ich will mit jemandem sprechen", "chcę rozmawiać z
 * konsultantem": an explicit ask for a person, also when the rest of the message (an angry "waarom
 * duurt het zo lang?!") would make the intent model pick a topic. The citizen asking is a handoff
 * trigger, so these words decide over the model. Texts are normalised (no diacritics, no punctuation).
 */
const PERSON = new RegExp(
  [
    // nl
    '(een |echte? )?mens|(een |echte? )?medewerker|(een |echte? )?persoon|echt iemand|iemand (spreken|aan de (lijn|telefoon))|met iemand (praten|spreken|bellen)',
    // "kan ik iemand bellen over …", "can I call someone", "kann ich jemanden anrufen": to phone a person is to ask for one
    'iemand (bellen|opbellen|te spreken)|(call|phone|ring) (someone|somebody)|jemanden (anrufen|erreichen)|(zadzwonic|porozmawiac) (do|z) (kogos|kims)',
    // en
    'human( being)?|real (person|people|agent)|(a|live|an) (person|agent|operator)|operator|representative',
    '(member of staff|staff member|advisor|adviser)|(someone|somebody) (real|from (the )?cjib)|(talk|speak|chat) (to|with) (someone|somebody)',
    // a manager, a live chat: a person all the same
    'your (manager|supervisor|boss)|(to|with) (a|the) (manager|supervisor)|live (chat|agent|person)|(uw|je) (leidinggevende|manager|chef)|een leidinggevende|ihren (vorgesetzten|chef)|mit (einem |dem )?vorgesetzten|ansprechpartner\\w*|(z|do) kierownik\\w*|(z|do) przelozon\\w*',
    // de
    'mit (einem |einer )?(echten |richtigen )?(menschen|mensch|mitarbeiter\\w*|person|berater\\w*|sachbearbeiter\\w*|jemandem)',
    'einen (echten |richtigen )?(menschen|mitarbeiter|berater|sachbearbeiter)|eine (echte )?person|mitarbeiter\\w*|jemanden sprechen',
    // pl
    '(z|ze|do) (\\w+ )?(pracownik\\w*|konsultant\\w*|czlowiek\\w*|osoba|doradc\\w*|kims)|pracownika|konsultant\\w*|czlowieka',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

/** "Een medewerker zei …", "someone told me …", "der Mitarbeiter hat gesagt …": a person reported, not asked for. */
const REPORTED =
  /\b(mens|medewerker|persoon|iemand|person|agent|someone|somebody|mitarbeiter\w*|jemand|pracownik|konsultant)( van het cjib| from the cjib| vom cjib| z cjib)? (zei|zegt|heeft|had|belde|said|says|told|has|had|called|sagte|hat|meinte|rief|powiedzial\w*|mowil\w*|dzwonil\w*)\b/;

/**
 * "Ik wil klagen over een medewerker", "complain about one of your staff", "Beschwerde über einen
 * Mitarbeiter", "skarga na pracownika": the person is what the complaint is about, not who is asked for.
 */
const COMPLAINED_ABOUT = [
  /\b(klagen|klacht\w*|complain\w*|complaint|beschwer\w*|skarg\w*|reklamac\w*)( \w+){0,2} (over|about|against|uber|na|o|wegen)( \w+){0,4} (mens|medewerker\w*|persoon|person|agent|operator|staff|employee|mitarbeiter\w*|pracownik\w*|konsultant\w*|osob\w*)\b/,
  // German and Dutch put the verb last: "mich über einen Mitarbeiter beschweren", "over een medewerker klagen".
  /\b(uber|over) (\w+ ){0,2}(mitarbeiter\w*|medewerker\w*|person|persoon|mensch\w*)( \w+){0,3} (beschweren|klagen|reklamieren)\b/,
];

/** Words that make it a request: wanting, asking, being connected, talking. */
const ASK =
  /\b(wil|wilde|mag|kan|kun|kunt|graag|liever|verbind\w*|spreken|praten|bellen|want|wanna|need|can|could|may|let me|get me|give me|connect\w*|put me|speak|talk|please|pls|will|mochte|mocht|hatte gerne?|kann|konnen|bitte|verbinden|sprechen|reden|chce|chcialbym|chcialabym|prosze|moge|mozna|polacz\w*|porozmawiac|rozmawiac|rozmowa)\b/;

/** "Ik wil geen medewerker", "no human please", "kein Mensch", "nie chcę konsultanta". */
const NEGATED =
  /\b(geen|niet|not|no|dont|kein\w*|nicht|nie)\b( \w+){0,3} (mens|medewerker|persoon|echt iemand|human|person|agent|operator|staff|mensch\w*|mitarbeiter\w*|jemand\w*|konsultant\w*|pracownik\w*|czlowiek\w*|osob\w*)/;

/** "Is dit een mens?" asks what the assistant is (answered elsewhere), not for a person. */
const ASKS_WHAT_IT_IS =
  /^(is (dit|this|het|it)|are you|ben (je|jij|u)|bist du|sind sie|jest(es)?( pan| pani)?|czy (to|jestes))\b/;

/** "Mens", "echt iemand graag", "operator please", "Mitarbeiter bitte", "konsultant": only the person named. */
const BARE =
  /^((graag|please|bitte|prosze|poprosze|alstublieft) )?((een|a|an|ein|einen|eine|echte|real|live|human|zywy) )?(mens|medewerker|persoon|echt iemand|human|person|agent|operator|representative|live chat|mensch|menschen|mitarbeiter\w*|berater\w*|ansprechpartner\w*|czlowiek\w*|konsultant\w*|pracownik\w*|doradc\w*)( (graag|please|pls|bitte|prosze|alstublieft|aub|nu|now|jetzt|teraz))*$/;

/**
 * True when the citizen asks for a person: to talk to one, or to be called (back) by one. While a
 * flow asks a question (`duringQuestion`), a bare "bel me maar" may answer it (how to be reached)
 * and does not count; "kunt u mij terugbellen?" does.
 */
export function asksForPerson(
  text: string,
  { duringQuestion = false }: { duringQuestion?: boolean } = {},
): boolean {
  // Asking to be called is asking for a person (callbackRequest owns those words).
  if (duringQuestion ? asksToBeCalledBack(text) : asksForCallback(text)) return true;
  const normal = normalizeText(text);
  if (BARE.test(normal)) return true;
  if (!PERSON.test(normal) || !ASK.test(normal)) return false;
  if (NEGATED.test(normal) || DECLINED.test(normal)) return false;
  return (
    !REPORTED.test(normal) &&
    !ASKS_WHAT_IT_IS.test(normal) &&
    !COMPLAINED_ABOUT.some((cue) => cue.test(normal))
  );
}

/** "Ik wil geen medewerker", "no human, just…", "keinen Mitarbeiter", "nie chcę konsultanta": a person turned down. */
const DECLINED = new RegExp(
  [
    '(geen|niet met een) (echte? )?(mens|medewerker|persoon)',
    '(no|dont want|do not want|dont need|do not need)( to (talk|speak) (to|with))?( a| an)? (real )?(human|person|agent|operator|staff)',
    'kein\\w* (echte\\w* )?(mensch\\w*|mitarbeiter\\w*|person)|nicht mit (einem |einer )?(mensch\\w*|mitarbeiter\\w*)',
    'nie (chce|potrzebuje)( \\w+)?( z| ze)? (konsultant\\w*|pracownik\\w*|czlowiek\\w*)',
    // "I don't want to talk to anyone", "ik wil met niemand praten", "mit niemandem", "z nikim".
    '(no|dont want|do not want|dont need|do not need) to (talk|speak) (to|with) (anyone|anybody|someone|somebody|people)',
    'met niemand (praten|spreken|bellen)|niemand spreken|(praten|spreken) met niemand',
    'mit niemandem (sprechen|reden)|niemanden sprechen',
    'z nikim (rozmawiac|gadac)|nie chce (z nikim|rozmawiac z nikim)',
  ]
    .map((p) => `\\b(${p})\\b`)
    .join('|'),
);

/**
 * True when the citizen says they do not want a person ("Ik wil geen medewerker, gewoon betalen"),
 * whatever the intent model makes of the words for staff in it.
 */
export function declinesPerson(text: string): boolean {
  return DECLINED.test(normalizeText(text));
}
