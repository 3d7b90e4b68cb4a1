import { normalizeQuestion } from '../knowledge/normalizeQuestion';

/*
 * "Dat klopt niet, ik heb die regeling toen wel betaald", "that's not true, I did pay", "das stimmt
 * nicht, ich habe doch bezahlt", "to nieprawda, zawsze płaciłem": the citizen disputes a refusal
 * (an earlier arrangement said to be broken). Not a "no" to a person: only staff can look at the
 * earlier arrangement (DOMAIN.md §1.6).
 */
const DISPUTE = new RegExp(
  ` (${[
    // nl
    'klopt (niet|helemaal niet|echt niet|toch niet|van geen kant)',
    'niet (waar|juist|correct|terecht|eerlijk)',
    'onterecht\\w*|oneerlijk|onjuist',
    'niet (\\w+ ){0,3}eens|oneens',
    'ik heb (\\w+ ){0,5}(toch|wel|altijd|gewoon|alles|netjes) (\\w+ ){0,4}(betaald|afbetaald|voldaan|nagekomen)',
    '(wel|altijd|netjes|alles) (\\w+ ){0,2}(betaald|afbetaald|nagekomen)',
    // en
    '(not|isnt|wasnt) (true|right|correct|fair)|thats wrong|wrong|incorrect|unfair|disagree',
    'i (did|have|always|had) (\\w+ ){0,3}(paid|pay)',
    // de
    'stimmt (nicht|doch nicht|gar nicht)|nicht (wahr|richtig|korrekt|fair|gerecht)|falsch|ungerecht\\w*',
    'ich (habe|hab) (\\w+ ){0,4}(doch|immer|alles|schon) (\\w+ ){0,3}(bezahlt|gezahlt)',
    // pl
    'nieprawda|nie prawda|to nie tak|nie zgadza sie|nie zgadzam sie|niesprawiedliw\\w*|bzdura|blad',
    '(zawsze|wszystko|przeciez) (\\w+ ){0,3}(zaplacil\\w*|placil\\w*|splacil\\w*)',
    '(zaplacil\\w*|placil\\w*|splacil\\w*) (\\w+ ){0,3}(zawsze|wszystko|przeciez)',
  ]
    .map((alternative) => `(${alternative})`)
    .join('|')}) `,
);

export function disputesRefusal(message: string): boolean {
  const text = normalizeQuestion(message);
  return DISPUTE.test(text);
}
