/**
 * "Kan ik het nog wijzigen?", "can I still change it?", "kann ich das noch ändern?", "czy mogę to
 * jeszcze zmienić?": once a request was sent, the citizen asks to change it. The assistant cannot;
 * a member of staff can, or the decision letter says what was decided.
 */
import { normalizeText } from './normalizeText';

const CHANGE =
  /\b(wijzig\w*|aanpass\w*|aan te passen|veranderen|verander|anders doen|intrekken|change|amend|modify|edit|withdraw|cancel (it|the request|my request)|andern|anpassen|korrigieren|zuruckziehen|zmienic|zmienie|zmiany|poprawic|wycofac|anulowac wniosek)\b/;
const ASKS =
  /\b(kan|kun|mag|nog|wil|wilde|still|can|could|may|how|hoe|possible|mogelijk|want|wanna|would like|kann|konnen|noch|wie|mochte|will|moge|mozna|jeszcze|jak|chce|chcialbym|chcialabym)\b|\?/;

export function asksToChangeFiledRequest(text: string): boolean {
  const normal = normalizeText(text);
  return CHANGE.test(normal) && ASKS.test(normal);
}
