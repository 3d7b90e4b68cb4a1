import { DIED } from './lookupAsides';
import { normalizeText } from './normalizeText';

/**
 * "Mag ik namens mijn opa een regeling aanvragen?", "ik ben de kleindochter van mevrouw Visser",
 * "I'm writing for my mother", "ich schreibe für meinen Vater", "piszę w imieniu mojej babci": the
 * citizen writes for someone else. `asksIfAllowed` when they ask whether they may act for them.
 */
export type ForSomeoneElse = 'asksIfAllowed' | 'tells';

export const RELATION =
  '(opa|oma|grootvader|grootmoeder|moeder|vader|mama|papa|ma|pa|zoon|dochter|broer|zus|zuster|man|vrouw|partner|vriend|vriendin|buurman|buurvrouw|client|clienten|tante|oom|schoonmoeder|schoonvader|kind|grandfather|grandmother|grandpa|grandma|granddad|nan|nana|mother|father|mum|mom|dad|son|daughter|brother|sister|husband|wife|neighbou?r|friend|aunt|uncle|opa|oma|grossvater|grossmutter|mutter|vater|sohn|tochter|bruder|schwester|mann|frau|nachbar\\w*|freund\\w*|tante|onkel|dziadka?|dziadkiem|babci[aie]?|babcia|mamy|mama|mamie|taty|tata|tacie|ojca|ojciec|ojcu|matki|matka|matce|syna?|corki|corka|brata?|siostry|siostra|meza|maz|zony|zona|sasiada?|sasiadki)';

const FOR_OTHER = [
  new RegExp(`\\b(namens|voor|van) (mijn|mn|m n|onze|ons) ${RELATION}\\b`),
  /\bik ben de (klein)?(dochter|zoon|kind) van\b|\bik ben (zijn|haar) (klein)?(dochter|zoon|kind|bewindvoerder|mentor|begeleider)\b/,
  new RegExp(`\\b(mijn|mn) ${RELATION} (heeft|kan|is|krijgt|kreeg|woont)\\b`),
  new RegExp(
    `\\b(on behalf of|for) my ${RELATION}\\b|\\bmy ${RELATION} (has|got|cannot|cant|is|received)\\b`,
  ),
  /\bi am (his|her|their) (grand)?(daughter|son|child|carer|guardian)\b/,
  new RegExp(
    `\\b(fur|im namen) (meine[nmrs]?|unsere[nmrs]?) ${RELATION}\\b|\\bmeine?r? ${RELATION} (hat|kann|ist|bekam|wohnt)\\b`,
  ),
  new RegExp(
    `\\b(w imieniu|dla) ((mojej|mojego|naszej|naszego|swojej|swojego) )?${RELATION}\\b|\\b(moja|moj) ${RELATION} (ma|nie moze|dostal\\w*|jest)\\b`,
  ),
  /\b(namens hem|namens haar|on his behalf|on her behalf|in seinem namen|in ihrem namen|w jego imieniu|w jej imieniu)\b/,
];

const ASKS_ALLOWED =
  /\b(mag ik|kan ik|kun ik|mogen wij|mag dat|can i|may i|could i|am i allowed|darf ich|kann ich|durfen wir|czy moge|moge)\b/;

export function writesForSomeoneElse(message: string): ForSomeoneElse | undefined {
  const text = normalizeText(message);
  if (!FOR_OTHER.some((cue) => cue.test(text))) return undefined;
  // "Mijn vrouw is overleden en er komt een boete op haar naam": condolences and a person, never
  // "fijn dat u helpt" (the answer about someone who has died says what applies).
  if (DIED.test(text)) return undefined;
  return ASKS_ALLOWED.test(text) ? 'asksIfAllowed' : 'tells';
}
