/**
 * "Is het CJIB hetzelfde als het OM?", "what's the difference between CJIB and the police?": the CJIB
 * collects and carries out; the OM decides on criminal cases and appeals (DOMAIN.md §4, §5). Patterns
 * work on normalizeQuestion's text.
 */

/** The same as, or the difference with: "hetzelfde als", "the same as", "dasselbe wie", "to samo co". */
export const SAME_AS =
  /\b(hetzelfde|zelfde|verschil|same|difference|different|dasselbe|das gleiche|gleiche|unterschied|to samo|ten sam|roznic\w*|rozni sie)\b/;
/** Another body of justice: the OM (public prosecution), the police. */
export const OTHER_BODY =
  /\b((het|the|das|dem|z) om|openbaar ministerie|public prosecut\w*|prosecutor|prosecution|staatsanwaltschaft|prokuratur\w*|politie|police|polizei|policj\w*)\b/;
