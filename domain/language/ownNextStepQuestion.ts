/**
 * Two questions about the citizen's own fines once they were looked up, answered from the record:
 * "welke moet ik eerst betalen?" (the one due first) and "wat moet ik nu doen?" (each fine's next
 * step: pay by its date, the bailiff on the letter, nothing while an appeal runs).
 */

/** "Welke moet ik eerst betalen?", "which one should I pay first?", "welche soll ich zuerst bezahlen?", "którą najpierw zapłacić?" */
const WHICH_FIRST = [
  /\b(welke|welk|wat) (boete |bedrag |brief )?(moet|kan|zal|ga) ik (nou |nu |dan |het )?(eerst|als eerste)( (be)?talen)?\b/,
  /\bwelke (boete |bedrag )?(eerst|als eerste) (be)?talen\b/,
  /\b(wat|welke) (is|heeft) (het meest|de meeste) (haast|spoed)\b/,
  /\bwhich (one |fine |ticket |letter )?(should|do|must|shall|can) i pay (first|before the other)\b/,
  /\bwhich (one |fine )?(to pay|is more urgent|has priority)( first)?\b/,
  /\bwhat (should|do) i pay first\b/,
  /\b(welche|welches|welchen) (bussgeld |strafe |rechnung )?(soll|muss|sollte|kann) ich (denn |nun |jetzt |dann )?(zuerst|als erstes|zuerst mal)( (be)?zahlen)?\b/,
  /\b(welche|welches) (zuerst|als erstes) (be)?zahlen\b/,
  /\b(ktory|ktora|ktore|co) (mandat |kare )?(mam |musze |powinienem |powinnam |trzeba )?(najpierw|w pierwszej kolejnosci) (za)?placic\b/,
  /\b(ktory|ktora|ktore) (najpierw|w pierwszej kolejnosci)\b/,
];

/** "Wat moet ik nu doen?", "what do I do now?", "was soll ich jetzt tun?", "co mam teraz zrobić?" (nothing else in the message). */
const WHAT_NOW =
  /^(en |dus |ok |oke |okay |and |so |und |also |a |i |wiec |no )?(wat (moet|kan|ga) ik (nu|nou|dan) (eigenlijk )?doen|wat nu|hoe nu verder|what (do|should|can) i do now|what now|what should i do|was (soll|muss|kann) ich (jetzt|nun|denn jetzt) (machen|tun)|was nun|co (mam|musze|powinienem|powinnam) (teraz )?(z tym )?zrobic( teraz)?|co teraz)( (dan|then|dann|denn|teraz|precies|eigenlijk|met deze boete|with this fine|now))?$/;

export function asksWhichFirst(normal: string): boolean {
  return WHICH_FIRST.some((cue) => cue.test(normal));
}

export function asksWhatNow(normal: string): boolean {
  return WHAT_NOW.test(normal.trim());
}
