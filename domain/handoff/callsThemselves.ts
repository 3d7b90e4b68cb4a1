import { normalizeText } from '../language/normalizeText';

/**
 * "Ok dan bel ik morgen wel", "I'll call you myself tomorrow", "dann rufe ich morgen selbst an",
 * "sam zadzwonię jutro": at the offer of a call back, the citizen will phone the CJIB themselves. That
 * is a no to the call back, whatever "ok" or "ja" it starts with; "bel me", "call me back", "rufen Sie
 * mich an", "zadzwońcie do mnie" ask for it (the caller is someone else).
 */
const CALLING_THEMSELVES = [
  // nl: "ik bel (zelf/morgen/wel)", "dan bel ik", "bel ik zelf wel", "ik neem zelf contact op"
  /\b(ik bel|dan bel ik|bel ik)( (jullie|u|het cjib|ze|hen))?( (zelf|morgen|later|straks|wel|even|dan|nog|op maandag|maandag|volgende week|liever))+\b/,
  /\bik bel (jullie|u|het cjib)\b/,
  /\bik neem (zelf|morgen|later|wel)( \w+){0,2} contact op\b/,
  // en: "I'll call (you) myself", "I will ring them tomorrow", "I can call myself"
  /\bi( ?ll| will| can| shall|d rather| would rather)( just)? (call|ring|phone)( (you|you guys|them|the cjib|back))?( (myself|tomorrow|later|on monday|next week|in the morning|instead))+\b/,
  /\bi( ?ll| will) (call|ring|phone) (you|them|the cjib)\b(?! to)/,
  // de: "ich rufe (morgen) (selbst) an", "dann rufe ich an", "ich melde mich (selbst)"
  /\b(ich rufe|dann rufe ich|rufe ich)( (sie|euch|das cjib|dort|da))?( (selbst|morgen|spater|lieber|dann|einfach|wieder|nochmal|am montag))* an\b/,
  /\bich melde mich( (selbst|morgen|spater|wieder|dann))+\b/,
  // pl: "zadzwonię (sam/jutro)", "sam zadzwonię", "oddzwonię"
  /\b(sam|sama|to|wtedy|jutro|pozniej)? ?(zadzwonie|oddzwonie|zatelefonuje)\b/,
];

export function willCallThemselves(text: string): boolean {
  const normal = normalizeText(text);
  return CALLING_THEMSELVES.some((cue) => cue.test(normal));
}
