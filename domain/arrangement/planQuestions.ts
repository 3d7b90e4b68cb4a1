import { normalizeQuestion } from '../knowledge/normalizeQuestion';
import { aboutFineStillToCome } from '../language/anotherFine';

/**
 * Questions about the schedule on the table that the flow itself can answer from the request being
 * prepared, asked in nl, en, de or pl (folded: no diacritics, lower case, words between spaces).
 */

/** "Welke boetes zitten erin?", "which fines are included?", "welche Bußgelder sind dabei?", "które mandaty są w planie?", "why is this one not in it?" */
const WHICH =
  / (welke (boete|boetes|zitten|zit)|wat zit (er )?in|zitten er (niet )?in|zit (deze |die |dat |het )?er (niet )?in|zit (deze|die|dat|het) (niet )?in|which (fine|fines|ones?)|what (fine|fines)|whats included|what is included|what does it include|is included|are included|not included|welche (bussgeld|bussgelder|strafzettel|strafen)|sind dabei|ist dabei|enthalten|ktore mandaty|jakie mandaty|ktory mandat|co obejmuje|obejmuje|w planie) /;
/** "Waarom zit deze er niet in?", "why is that one not in it?", "warum ist … nicht dabei?", "dlaczego … nie ma?" */
const WHY_NOT = / (waarom|why|warum|wieso|dlaczego|czemu) .*(niet|not|nicht|nie)( |$)/;
const IN_PLAN =
  / (erin|er in|in it|in the plan|in the arrangement|included|dabei|drin|enthalten|w planie|uwzgledn\w*|regeling|arrangement|ratenzahlung|planie) /;

/** "Gaat de strafbeschikking ook in de regeling?", "is the red light fine in the arrangement too?", "ist der Strafbefehl in der Ratenzahlung?" */
const ONE_IN_IT =
  / ((gaat|zit|zitten|komt|komen|valt|vallen) (\w+ ){0,4}(in|onder) de regeling|(is|are) (\w+ ){0,4}(in|part of) (the|this) (arrangement|plan)|(ist|sind|kommt|kommen) (\w+ ){0,4}in (der|die|diese) ratenzahlung) /;

export function asksWhichClaims(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHICH.test(text) || ONE_IN_IT.test(text) || (WHY_NOT.test(text) && IN_PLAN.test(text));
}

/** "What if I get another fine?", "en als ik nog een boete krijg?", "noch ein Bußgeld?", "kolejny mandat?" */
const LATER_FINE =
  / ((nog|nieuwe|andere|volgende|tweede) (een )?(boete|bekeuring)|another (fine|ticket)|new (fine|ticket)|more fines|second fine|(noch|weiteres|weitere|neues|neuen|anderes) (ein |einen )?(bussgeld|bussgelder|strafzettel)|(kolejny|nowy|nastepny|jeszcze jeden|inny) mandat) /;

export function asksAboutLaterFine(question: string): boolean {
  return LATER_FINE.test(normalizeQuestion(question));
}

/** "Ik heb er ook nog een boete bij van vorige week", "I got another fine last week": one already received. */
const ALREADY_RECEIVED =
  / ((ik )?(heb|had|kreeg|kregen) (\w+ ){0,4}(boete|bekeuring)|(i )?(have|had|got|ve got|received) (\w+ ){0,3}(fine|ticket)|(ich )?(habe|hab|hatte|bekam|bekommen) (\w+ ){0,3}(bussgeld|strafzettel)|(mam|dostal\w*|otrzymal\w*) (\w+ ){0,3}mandat|(van|from|vom|von|z) (vorige|afgelopen|last|letzte\w*|zeszl\w*|ubiegl\w*) (week|maand|month|woche|monat|tydzien|tygodnia|miesiac\w*)) /;

export function saysOtherFineReceived(question: string): boolean {
  const text = normalizeQuestion(question);
  return ALREADY_RECEIVED.test(text) && !aboutFineStillToCome(question);
}

/** "Ik wil één boete nu betalen en de rest in delen", "pay one now and the rest in instalments", "eins jetzt, den Rest in Raten", "jeden teraz, resztę w ratach" */
const REST =
  / (de rest|de andere|het andere|the rest|the other|den rest|das andere|die anderen|die andere|reszte|reszta|reszty|pozostale|pozostaly|drugi) /;
const IN_PARTS =
  /(termijn|delen|regeling|instal|in parts|monthly|raten|ratenzahlung|rat(y|ach|ami|ę|e) |splat)/;
const ONE_NOW =
  / (een|1|one|eine?s?|einen|jeden|jedna|jedno) (van de |of the |der |z )?(boete|boetes|fine|fines|bussgeld|bussgelder|strafzettel|mandat|mandatow)? ?(nu|now|direct|meteen|jetzt|sofort|teraz|od razu) /;

/** "Ja, maar dan zonder de rood licht boete", "without the red light fine", "ohne das eine Bußgeld", "bez tego mandatu" */
const WITHOUT =
  / (zonder|without|except|behalve|ohne|ausser|bez|oprocz) (\w+ ){0,3}(boete|fine|bussgeld|strafzettel|mandat\w*) /;

/** "Alleen de snelheidsboete in termijnen", "only the speeding fine in instalments", "nur das eine Bußgeld in Raten" */
const ONLY =
  / (alleen|enkel|only|just|nur|bloss|tylko) (\w+ ){0,5}(\w*boete|\w*fine|\w*bussgeld|strafzettel|mandat\w*) /;

export function wantsToPayOneFirst(question: string): boolean {
  const text = normalizeQuestion(question);
  return (
    WITHOUT.test(text) ||
    (ONLY.test(text) && IN_PARTS.test(text)) ||
    (REST.test(text) && IN_PARTS.test(text)) ||
    (ONE_NOW.test(text) && (REST.test(text) || IN_PARTS.test(text)))
  );
}

/** "Waarom niet?", "waarom kan dat niet?", "why not?", "warum nicht?", "dlaczego nie?": the reason asked for. */
const WHY = / (waarom|hoezo|why|how come|warum|wieso|weshalb|dlaczego|czemu) /;

export function asksWhyNot(question: string): boolean {
  const text = normalizeQuestion(question);
  return WHY.test(text) && text.trim().split(' ').length <= 8;
}

/** "Zijn de administratiekosten inbegrepen?", "does this include the increase?", "sind die Verwaltungskosten dabei?", "czy koszty administracyjne są wliczone?" */
const COSTS =
  / (administratiekosten|administratie kosten|adminkosten|administration costs?|admin costs?|administration fees?|admin fees?|verwaltungskosten|bearbeitungsgebuhr\w*|koszty administracyjne|kosztow administracyjnych|verhoging|verhogingen|increases?|zuschlag\w*|erhohung\w*|podwyzk\w*|odsetki) /;
const INCLUDED =
  / (inbegrepen|inclusief|erbij|erin|er ook in|er in|meegerekend|meegeteld|include|includes|included|including|in it|in the total|part of|enthalten|dabei|inklusive|drin|mit drin|wliczone|wliczony|wliczon\w*|w tym|zawiera|uwzgledn\w*) /;

export function asksWhatTotalIncludes(question: string): boolean {
  const text = normalizeQuestion(question);
  return COSTS.test(text) && INCLUDED.test(text);
}

/** "Hoeveel was het ook alweer per maand?", "how much a month was it?", "wie viel pro Monat?", "ile miesięcznie?" */
const PER_MONTH =
  / (per maand|in de maand|elke maand|maandbedrag|termijnbedrag|maandelijks\w*|a month|per month|monthly|each month|every month|im monat|pro monat|monatlich\w*|monatsrate|monatsbetrag|ratenhohe|miesiecznie|na miesiac|co miesiac|miesieczn\w*|rata|raty|wysokosc raty) /;
const HOW_MUCH =
  / (hoeveel|how much|whats|what is|what was|what were|wat is|wat was|wat wordt|wat werd|wie viel|wieviel|wie hoch|was ist|was war|ile|jaka|jaki|alweer|again|nochmal|noch mal|nochmals|jeszcze raz|przypomn\w*|herinner\w*|remind) /;

export function asksMonthlyAmount(question: string): boolean {
  const text = normalizeQuestion(question);
  // "Hoeveel rente per maand?" is about interest (see asksAboutInterest).
  return PER_MONTH.test(text) && HOW_MUCH.test(text) && !INTEREST.test(text);
}

/** "Maar ik heb al 50 euro betaald", "I already paid part of it", "ich habe schon 50 Euro bezahlt", "już zapłaciłem część" */
const ALREADY_PAID =
  / (al|already|schon|bereits|juz) (\w+ ){0,4}(betaald|overgemaakt|paid|transferred|bezahlt|gezahlt|uberwiesen|zaplacil\w*|zaplacone|splacil\w*|przelal\w*) /;

export function saysAlreadyPaidPart(answer: string): boolean {
  return ALREADY_PAID.test(normalizeQuestion(answer));
}

/** "Komt er nog rente bij?", "is there interest?", "kommen Zinsen dazu?", "czy są odsetki?" */
const INTEREST = / (rente|interest|zinsen|zins|odsetki|odsetek) /;

/**
 * "Hoezo groeit het bedrag?", "why does the amount keep growing?", "warum wird der Betrag höher?",
 * "dlaczego kwota rośnie?": with a compensation order in the plan, its interest is the answer.
 */
const GROWS =
  / (groeit|groeien|stijgt|oploopt|hoger wordt|meer wordt|grows?|growing|goes up|going up|increases?|increasing|wachst|steigt|hoher wird|rosnie|wzrasta|zwieksza sie) /;

export function asksAboutInterest(question: string): boolean {
  const normalized = normalizeQuestion(question);
  return INTEREST.test(normalized) || GROWS.test(normalized);
}
