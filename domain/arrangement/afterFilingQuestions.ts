import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * Questions about an arrangement request on file, asked after the reference was given. DOMAIN.md
 * §1.10: the CJIB assesses the request and sends the decision by letter; how long that takes, and
 * whether increases stop meanwhile, is not known.
 */

/** "Is hij nu goedgekeurd?", "is it approved?", "ist er genehmigt?", "czy został zatwierdzony?" */
const DECIDED =
  / (goedgekeurd|toegekend|afgekeurd|geaccepteerd|akkoord|rond|approved|accepted|granted|rejected|confirmed|genehmigt|bewilligt|angenommen|abgelehnt|bestatigt|zatwierdzon\w*|zaakceptowan\w*|przyjet\w*|odrzucon\w*|rozpatrzon\w*) /;
/** "Did it go through?", "has my request arrived at the CJIB?", "is hij aangekomen?", "czy dotarł?" */
const ARRIVED =
  / (go through|gone through|went through|goes through|arrived|received|got it|come through|aangekomen|binnen|ontvangen|doorgekomen|gelukt|angekommen|eingegangen|erhalten|geklappt|dotarl\w*|doszedl|doszla|otrzymal\w*|przeszedl|przeszla|udalo) /;
/** "Wat nu?", "what now?", "what happens next?", "und jetzt?", "co teraz?" */
const WHAT_NOW =
  / (wat nu|en nu|wat gebeurt er nu|wat moet ik nu|hoe nu verder|wat is de volgende stap|what now|and now|what next|whats next|what happens now|what happens next|now what|und jetzt|was jetzt|wie geht es weiter|was passiert jetzt|co teraz|i co teraz|co dalej|co sie teraz dzieje) /;
/** A question, not a statement ("top, het is gelukt"): a question word or mark. */
const ASKED = / (is|was|has|have|did|does|do|ist|wurde|hat|czy|al|nu|now|jetzt|teraz|already|schon|juz|yet) /;

/** Whether the message asks where the request filed stands (sent, arrived, decided, what next). */
export function asksRequestStatus(question: string): boolean {
  const text = normalizeQuestion(question);
  if (WHAT_NOW.test(text)) return true;
  const asked = question.includes('?') || ASKED.test(text);
  return asked && (DECIDED.test(text) || ARRIVED.test(text));
}

/** "Moet ik nu al iets betalen?", "do I have to pay anything now?", "muss ich jetzt schon zahlen?" */
const PAY =
  / (betalen|betaal|overmaken|pay|paying|payment|zahlen|bezahlen|uberweisen|zaplacic|placic|zaplace|wplacic) /;
const NOW =
  / (nu al|nu|al|alvast|meteen|direct|vandaag|intussen|ondertussen|now|already|yet|right away|straight away|meanwhile|in the meantime|jetzt|schon|sofort|bereits|inzwischen|teraz|juz|od razu|w miedzyczasie|tymczasem) /;
const MUST =
  / (moet|hoef|hoeven|must|have to|need to|should|do i|muss|musste|soll|brauche|musze|powinien|powinnam|trzeba|czy) /;

/** Whether the message asks if something must be paid already while the request is assessed. */
export function asksPayBeforeDecision(question: string): boolean {
  const text = normalizeQuestion(question);
  return PAY.test(text) && NOW.test(text) && MUST.test(text);
}
