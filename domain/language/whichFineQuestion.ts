/**
 * "Welke boete is dit?", "which fine is this?", "wofür ist das Bußgeld?", "za co jest ten mandat?"
 * once the fines were looked up: what the fines shown are (kind, offence, date, amount), from the
 * record, not the objection or the general rules.
 */
import { normalizeText } from './normalizeText';

/** A fine, also misspelt: "boete", "boet", "bekeuring", "fine", "ticket", "Bußgeld", "mandat". */
const FINE =
  '(boetes?|boet|bote|boette|bekeuring\\w*|fines?|tickets?|penalt\\w*|bussgeld\\w*|strafe|strafzettel|mandat\\w*|kar\\w*)';
const THIS = '(dit|dat|het|deze|die|this|that|it|these|those|das|es|dies|dieser|diese|to|ten|ta|te)';

const WHICH = [
  // nl
  new RegExp(`\\b(welke|welk|wlke) ${FINE} (is|was|zijn|waren) ${THIS}\\b`),
  new RegExp(`\\bom welke ${FINE} gaat (het|dit|dat)\\b`),
  new RegExp(`\\bwat (is|was) ${THIS} voor (een )?${FINE}\\b`),
  new RegExp(`\\bwat voor (een )?${FINE} (is|was) ${THIS}\\b`),
  new RegExp(`\\bwaar(voor| voor) (is|was|heb ik|kreeg ik) (de |deze |die |dit |mijn |een )?${FINE}\\b`),
  new RegExp(`\\bwaar (is|was) (de |deze |die |mijn )?${FINE} (eigenlijk |nou |nu )?voor\\b`),
  new RegExp(`\\bwaar heb ik (de |deze |die |een |dit )?${FINE} (eigenlijk |nou )?voor (gekregen|gehad)\\b`),
  new RegExp(`\\bwaar gaat (de |deze |die |mijn )?${FINE} (eigenlijk |nou )?over\\b`),
  /\b(welke|wat voor) overtreding\b/,
  // en
  new RegExp(`\\b(which|what) ${FINE} (is|was|are) ${THIS}\\b`),
  new RegExp(`\\bwhat(s| is| was| are) ${THIS} ${FINE}( for| about)?\\b`),
  new RegExp(`\\bwhat(s| is| was) (the|this|that|my) ${FINE} (for|about)\\b`),
  new RegExp(`\\bwhat (did|do) i get (the |this |that |a |my )?${FINE} for\\b`),
  new RegExp(`\\bwhat (kind|sort|type) of ${FINE} (is|was) ${THIS}\\b`),
  /\b(which|what) (offence|offense|violation)\b/,
  // de
  new RegExp(`\\b(welches|welche|welcher) ${FINE} ist (das|es|dies)\\b`),
  new RegExp(`\\bwas (ist|war) (das|dies) fur (ein |eine )?${FINE}\\b`),
  new RegExp(`\\bwofur (ist|war|habe ich|bekam ich) (das |dieses |die |diese |den |ein |eine )?${FINE}\\b`),
  new RegExp(`\\bworum geht es (bei )?(dem |diesem |der |dieser )?${FINE}\\b`),
  /\b(welcher|welchen) (verstoss|verkehrsverstoss|ordnungswidrigkeit)\b/,
  // pl
  new RegExp(`\\b(jaki|ktory|co) (to|jest) (za )?${FINE}\\b`),
  new RegExp(`\\bco to za ${FINE}\\b`),
  new RegExp(`\\bza co (jest |byl |dostalem |dostalam |mam )?(ten |ta |to )?${FINE}\\b`),
  new RegExp(`\\bczego dotyczy (ten |ta )?${FINE}\\b`),
  new RegExp(`\\b(jakiego|ktorego) ${FINE} (to )?dotyczy\\b`),
  /\b(jakie|ktore) wykroczenie\b/,
];

/** "My letter says T, what kind of fine is that?": the letter code's meaning, not the fines looked up. */
const LETTER_CODE = /\b(letter|letters|lettercode|buchstabe\w*|litera\w*|code|kode|kod)\b/;

export function asksWhichFine(text: string): boolean {
  const normal = normalizeText(text);
  return !LETTER_CODE.test(normal) && WHICH.some((cue) => cue.test(normal));
}
