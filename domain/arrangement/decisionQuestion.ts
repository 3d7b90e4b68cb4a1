import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/**
 * "How long will the decision take?", "Wie lange dauert die Entscheidung?", "Kiedy dostanę
 * decyzję?", "Hoe lang duurt het besluit?", "wanneer hoor ik of het goedgekeurd is?", "hoe lang
 * moet ik wachten?", "hoelang duurt het voordat ik antwoord krijg?" (one word), "hoe lang duurt de
 * beoordeling?", "how long does the assessment take?" while an
 * arrangement is being requested or after it was sent: how long the assessment takes, not the
 * letter's payment deadline.
 */
const WHEN =
  / (how long|howlong|when|how soon|wie lange?|wielange|wann|jak dlugo|kiedy|ile (czasu|potrwa)|hoe lang|hoelang|wanneer|hoe snel|hoe lang nog) /;
const DECISION =
  / (decision|decide|decided|hear back|hear anything|hear something|hear from|will i hear|do i hear|answer|approved|accepted|granted|entscheidung|entschieden|antwort|bescheid|genehmigt|bewilligt|hore ich|decyzj\w*|odpowied\w*|rozpatrz\w*|zatwierdz\w*|besluit|beslissing|antwoord|goedgekeurd|toegekend|uitsluitsel|hoor ik|horen|bericht|beoordeling|beoordelen|beoordeeld|assessment|assessed|assess|processing|processed|review|reviewed|bearbeitung|bearbeitet|prufung|gepruft|ocena|oceni\w*|weryfikacj\w*) /;
/** "Hoe lang moet ik wachten?", "how long do I have to wait?", "wie lange muss ich warten?", "jak długo muszę czekać?" */
const WAIT = / (wachten|wait|warten|czekac|poczekac) /;

export function asksDecisionTime(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHEN.test(text) && (DECISION.test(text) || WAIT.test(text));
}
