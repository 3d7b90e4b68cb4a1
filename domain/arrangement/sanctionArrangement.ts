import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { asksForArrangement } from './arrangementWish';

/*
 * "Ik wil een regeling voor de schadevergoeding die ik moet betalen", "regeling voor mijn
 * strafbeschikking", "payment plan for my penal order", "Ratenzahlung für den Strafbefehl": a wish
 * for an arrangement that names another sanction than a traffic fine. The recogniser hears the
 * sanction (its knowledge answer); the wish is the arrangement flow, with one short note about what
 * DOMAIN.md says of that sanction (§5: damages go straight to the victim; strafbeschikking: paying
 * is accepting it).
 */
export type ArrangedSanction = 'compensation' | 'penalOrder';

const COMPENSATION =
  / (schadevergoeding\w*|schadevergoedingsmaatregel|compensation( order)?|damages|schadenersatz\w*|entschadigung\w*|odszkodowani\w*|nawiazk\w*) /;
const PENAL_ORDER =
  / (strafbeschikking\w*|strafbeschikkingen|penal order|punitive order|punishment order|strafbefehl\w*|nakaz karny|nakazu karnego|mandat karny) /;
/** Wanting one, not asking about one: "ik wil", "aanvragen", "I'd like", "ich möchte", "chcę", or the arrangement named first. */
const WISH =
  / (ik wil|ik wilde|ik zou graag|graag|aanvragen|aanvraag|treffen|i want|i would like|id like|apply|request|set up|ich mochte|ich will|ich wurde gern\w*|beantragen|chce|chcialbym|chcialabym|prosze o|poprosze|wniosek) /;
const NAMED_FIRST =
  /^ (een )?(betalingsregeling|regeling|payment plan|instal?ment plan|ratenzahlung|raty|plan splaty) /;

export function arrangementForSanction(message: string): ArrangedSanction | undefined {
  const text = normalizeQuestion(message);
  if (!asksForArrangement(message)) return undefined;
  // ("Kan ik mijn strafbeschikking in termijnen betalen?" is a question: the knowledge answer.)
  if (!(WISH.test(text) || NAMED_FIRST.test(text))) return undefined;
  if (PENAL_ORDER.test(text)) return 'penalOrder';
  if (COMPENSATION.test(text)) return 'compensation';
  return undefined;
}
