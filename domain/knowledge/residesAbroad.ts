/**
 * "I went back to the US", "ich bin arbeitslos in Deutschland", "wróciłem do Polski": the citizen lives
 * outside the Netherlands now, said in passing. What is said to someone who cannot pay depends on it:
 * the noodstop goes with debt help from a Dutch municipality (DOMAIN.md §1.5), so for someone abroad an
 * arrangement comes first and staff look at the rest. Being fined in another country ("ich bin in
 * Deutschland geblitzt worden") is not living there; a Dutch city named is living in the Netherlands.
 * Pure: word patterns on the normalised text.
 */
import { COUNTRY, FROM_COUNTRY, isVisitor, LIVES_IN_COUNTRY, wasOnHolidayAbroad } from './livingAbroad';
import { normalizeQuestion } from './normalizeQuestion';

/** Countries as written after "do"/"z" in Polish ("do Polski", "z Niemiec"), besides COUNTRY's forms. */
const PL_COUNTRY = '(polski|niemiec|belgii|anglii|francji|hiszpanii|litwy|rumunii|ukrainy|ameryki|usa)';

/** Moved or went back there: "went back to the US", "moved to Spain", "ben terug naar Polen", "zurück nach Polen". */
const MOVED = new RegExp(
  `\\b(went|gone|go|going|moved|move|moving|returned|flew|relocated|back) (back )?(home )?to ${COUNTRY}\\b|` +
    `\\b(terug|verhuisd|vertrokken|verhuis|verhuizen|teruggegaan|teruggekeerd) (\\w+ )?naar ${COUNTRY}\\b|` +
    `\\b(zuruck|zuruckgezogen|umgezogen|gezogen|wieder) (\\w+ )?nach ${COUNTRY}\\b|` +
    `\\b(wrocil\\w*|wyjechal\\w*|przeprowadzil\\w*|wracam) (\\w+ )?do ${PL_COUNTRY}\\b`,
);

/** Is there now: "I'm back in the US", "now in Germany", "ich bin arbeitslos in Deutschland", "jestem teraz w Polsce". */
const IS_THERE = new RegExp(
  `\\b(back|now|currently|staying|working|work|unemployed|i am|im|nu|weer|zit|jetzt|wieder|arbeitslos|arbeite|bin|teraz|jestem|pracuje|bezrobotn\\w*) (\\w+ )?(in|w) ${COUNTRY}\\b`,
);

/** "… in Deutschland geblitzt": a fine from there, not where the citizen lives. */
const FINED_THERE = new RegExp(
  `\\b(in|w) ${COUNTRY} (\\w+ )?(geblitzt|geflitst|beboet|bekeurd|fined|caught|flashed|speeding|boete|bussgeld|strafzettel|mandat\\w*|ukarany|zlapany)\\b`,
);

/** Whether the message says the citizen lives (or is back) outside the Netherlands. */
export function saysLivingAbroad(text: string): boolean {
  const normalized = normalizeQuestion(text);
  if (LIVES_IN_COUNTRY.test(normalized) || FROM_COUNTRY.test(normalized) || isVisitor(normalized))
    return true;
  if (MOVED.test(normalized)) return true;
  // ("Ich war im Urlaub in Frankreich": away on holiday, living here.)
  return IS_THERE.test(normalized) && !FINED_THERE.test(normalized) && !wasOnHolidayAbroad(normalized);
}
