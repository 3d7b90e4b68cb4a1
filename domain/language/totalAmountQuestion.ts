/**
 * After the fines were shown: "hoeveel is dat samen?", "wat is het totaal", "kunt u het bedrag
 * herhalen", "hoeveel moest ik ook alweer betalen", "how much was that in total", "repeat the amount
 * please", "wie viel ist das insgesamt", "ile to razem". The amount itself once more (the total, or one
 * fine's amount and due date), not the whole overview again. Pure; on normalizeText's text.
 */

const TOTAL: RegExp[] = [
  // nl
  /\bhoeveel (is|was|wordt|werd|zijn|waren) (dat|het|dit|die|ze|alles)( \w+)?( \w+)? (samen|bij elkaar|opgeteld|in totaal|totaal)\b/,
  /\b(wat|hoeveel) (is|was) (het|dat|mijn|het hele) (totaal|totaalbedrag|eindbedrag)\b/,
  /\b(totaalbedrag|eindbedrag)\b/,
  /\bhoeveel (moest|moet|moesten) (ik|we|wij) (ook alweer|ook weer|nou|nu|dan|alweer)( \w+)? (betalen|betaald)\b/,
  /\bhoeveel (was|is) (het|dat) (ook alweer|alweer|nou)\b/,
  /\b(herhaal|herhalen|nog eens|nog een keer|nogmaals)\b.*\b(bedrag|bedragen|totaal)\b|\b(bedrag|bedragen|totaal)\b.*\b(herhaal|herhalen|nog eens|nog een keer|nogmaals)\b/,
  // en
  /\bhow much (is|was|are|were) (that|it|this|they|those|everything) (in total|all together|altogether|together|total)\b/,
  /\bwhat (is|was|s) (the|my) (total|total amount|grand total|sum)\b|\bwhats (the|my) total\b/,
  /\bhow much (was|did) i (have|need|had) to pay (again)?\b|\bhow much do i owe (in total|altogether|all together)\b/,
  // "How much was it again?", "wie viel war das nochmal?", "ile to było jeszcze raz?": as "hoeveel was het ook alweer".
  /\bhow much (is|was) (it|that|this) (again|once more)\b/,
  // ("What was the amount again?" stays the open amount: ownClaimQuestion's OPEN_AMOUNT.)
  /\b(repeat|say|tell me)\b.*\b(amount|total|sum)\b|\b(amount|total|sum)\b.*\brepeat\b/,
  // de
  /\bwie ?viel (ist|war|macht|sind|waren) (das|es|alles) (insgesamt|zusammen|gesamt)\b/,
  /\b(was|wie hoch) ist (der|die) (gesamtbetrag|gesamtsumme|endbetrag|summe)\b|\bgesamtbetrag\b/,
  /\bwie ?viel (musste|muss|sollte) ich (nochmal|noch einmal|gleich) (be)?zahlen\b/,
  /\bwie ?viel (ist|war) (es|das) (noch ?mal|noch einmal|gleich( noch ?mal)?)\b/,
  /\b(wiederhol\w*|nochmal|noch einmal)\b.*\b(betrag|summe)\b|\b(betrag|summe)\b.*\b(wiederhol\w*|nochmal|noch einmal)\b/,
  // pl
  /\bile (to|tego) (jest |bedzie )?(razem|lacznie|w sumie|ogolem)\b/,
  // "Ile to kosztuje razem?", "hoeveel kost het samen?", "how much does it cost in total?", "wie viel kostet das insgesamt?"
  /\bile (to |tego |mnie )?(kosztuje|wynosi|kosztowac bedzie)( mnie)? (razem|lacznie|w sumie|ogolem)\b|\bile (razem|lacznie|w sumie) (to )?(kosztuje|wynosi)\b/,
  /\bhoeveel kost (het|dat|dit|alles)( me| mij)? (samen|bij elkaar|in totaal|totaal)\b/,
  /\bhow much (does|will) (it|that|this|everything) cost( me)? (in total|all together|altogether|together)\b/,
  /\bwie ?viel kostet (das|es|alles)( mich)? (insgesamt|zusammen|gesamt)\b/,
  /\b(jaka|ile) (jest|wynosi) (suma|laczna kwota|kwota laczna|calosc)\b/,
  /\bile (mialem|mialam|musialem|musialam|mam) (jeszcze raz |znowu )?(za)?placic\b/,
  /\bile (to )?(bylo|jest|wynosi|kosztuje|kosztowalo)( to)? (jeszcze raz|znowu|ponownie)\b|\bile (to )?(jeszcze raz|znowu) (bylo|jest|wynosi|kosztuje|kosztowalo)\b/,
  /\b(powtorz\w*|jeszcze raz)\b.*\b(kwot\w*|sum\w*)\b|\b(kwot\w*|sum\w*)\b.*\b(powtorz\w*|jeszcze raz)\b/,
];

/** "Kunt u dat in termijnen?", "what if I cannot pay the total": another question about the amount. */
const OTHER_QUESTION =
  /\b(termijn\w*|delen|regeling|instal+ments?|arrangement|raten\w*|ratenzahlung|raty|ratach|ratami|waarom|why|warum|dlaczego|als ik|if i|wenn ich|jesli)\b/;

export function asksForTotal(normalized: string): boolean {
  return TOTAL.some((cue) => cue.test(normalized)) && !OTHER_QUESTION.test(normalized);
}
