import { normalizeText } from '../language/normalizeText';

/**
 * An explicit wish to die or to end one's life ("ik wil niet meer leven", "I want to kill myself",
 * "ich will nicht mehr leben", "nie chcę żyć"), a subset of the distress signal (distressSignal.ts).
 * Such a message gets the crisis line first, on its own line, before anything about the fine or a
 * person: "ik zie het niet meer zitten" is despair, answered with the general distress offer.
 */
const SUICIDAL = new RegExp(
  [
    // nl
    'zelfmoord|zelfdoding|suicid\\w*',
    '(wil|wil echt|wil gewoon) (niet meer|niet langer) (leven|verder leven|bestaan)',
    '\\bwil (\\w+ )?dood\\b|\\bdood (willen|wil) (gaan|zijn)|was ik maar dood|(ik ben|ben) (liever|beter) dood',
    '(maak|maken|wil) (er|het) (\\w+ )?(een )?(eind|einde) aan( te maken)?|er (een )?(eind|einde) aan (maken|te maken)',
    'mezelf (iets |wat )?(aandoen|van kant|ophangen|doden)|van kant maken|(ik|wil) (wil )?er niet meer zijn',
    'het leven (heeft|is) (geen zin|zinloos)',
    // en
    'kill (my ?self|me)|end (my life|it all)|take my (own )?life|(dont|do not|no longer) want to (live|be alive|be here)',
    '(want|wanna|going) to die\\b|better off dead|wish i (was|were) dead|no reason to live|not worth living',
    'hurt myself|harm myself',
    // de
    'selbstmord|suizid|(will|mochte|moechte) (\\w+ )?(nicht mehr|nicht langer) leben|(will|mochte) sterben|mich umbringen|bringe mich um',
    'mir das leben nehmen|dem leben ein ende|(meinem|mein) leben ein ende|lieber tot|mir etwas antun',
    // pl
    'samobojstw\\w*|nie chce (\\w+ )?(juz |dluzej )?zyc|chce umrzec|(zabic|zabije) sie|sie zabic|sie zabije',
    'odebrac sobie zycie|skoncz\\w* ze soba|zrobic sobie krzywde|zrobie sobie krzywde|mam dosc zycia|nie chce mi sie zyc',
  ].join('|'),
);

/** Whether the message says the citizen wants to die or end their life. */
export function isSuicidalStatement(text: string): boolean {
  return SUICIDAL.test(` ${normalizeText(text)} `);
}
