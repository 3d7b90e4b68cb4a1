import { normalizeQuestion } from './normalizeQuestion';

/**
 * Follow-ups on the appeal to the kantonrechter, whose zekerheidsstelling is an amount (DOMAIN.md §4):
 * a bare "hoeveel?", "how much?", "wie viel?", "ile?" right after it asks that amount (not what the
 * citizen owes: no lookup), and "en als ik dat niet kan betalen?" asks what happens when one cannot pay it.
 */

/** "Hoeveel?", "en hoeveel dan?", "how much is it?", "wie viel muss ich zahlen?", "ile?". */
const BARE_HOW_MUCH =
  /^ (en |and |und |a |i |ok |oke |okay |maar |but |aber |ale |dus |so |also )?(hoeveel|hoe veel|how much|wie ?viel|ile)( (is dat|is het|is it|is that|ist das|ist es|to jest|to|wynosi|bedraagt dat|bedraagt het|kost dat|kost het|does it cost|does that cost|kostet das|kostet es|kosztuje|moet ik (dan )?(betalen|neerleggen|storten|bijbetalen)|do i (have to |need to )?pay|must i pay|should i pay|muss ich (dann )?(be)?zahlen|soll ich (be)?zahlen|musze (za)?placic|trzeba (za)?placic|precies|exactly|genau|dokladnie|ongeveer|roughly|ungefahr|mniej wiecej|eigenlijk|actually|eigentlich|wlasciwie))*( (dan|then|dann|denn|wtedy|nu|now|jetzt|teraz))? $/;

/** "En als ik dat niet kan betalen?", "what if I can't afford it?", "und wenn ich das nicht zahlen kann?". */
const CANNOT_PAY =
  /\b(niet|nooit) (kan |kun |zou kunnen )?(betalen|betaal|opbrengen|ophoesten)|kan (ik )?(dat|het|die|dit|de zekerheid) niet (betalen|opbrengen|missen)|geen geld|(cant|cannot|can not|unable to|not able to) (afford|pay)|(dont|do not) have (the |enough )?money|nicht (be)?zahlen|kein geld|nicht leisten|nie (moge|moze|mozna|mam|stac|jestem w stanie|dam rady)( tego| jej| go| tej| tych)? (zaplacic|splacic|pieniedzy|mnie)|nie stac mnie/;

const MAX_WORDS = 14;

export function asksBareHowMuch(text: string): boolean {
  return BARE_HOW_MUCH.test(normalizeQuestion(text));
}

export function saysCannotPayIt(text: string): boolean {
  const normalized = normalizeQuestion(text);
  return normalized.trim().split(' ').length <= MAX_WORDS && CANNOT_PAY.test(normalized);
}
