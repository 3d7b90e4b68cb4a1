/** Yes/no answers in nl, en, de and pl, with informal forms and stretched typing ("jaaa", "neee"). */
import { asksIfSure } from './doubtQuestion';
import { isHesitation } from './hesitation';
import { normalizeText } from './normalizeText';

const NO_PHRASES = [
  'not now',
  'maybe later',
  'misschien later',
  'later misschien',
  'nu niet',
  'niet nu',
  'laat maar',
  'lass mal',
  'jetzt nicht',
  'vielleicht spater',
  'moze pozniej',
  'klopt niet',
  'niet correct',
  'dat klopt niet',
  'liever niet',
  'nee hoor',
  'helemaal niet',
  'zeker niet',
  'not correct',
  'not right',
  'thats wrong',
  'no thanks',
  'not really',
  'no way',
  'of course not',
  'stimmt nicht',
  'nicht richtig',
  'auf keinen fall',
  'nein danke',
  'lieber nicht',
  'nie zgadza sie',
  'nie prawda',
  'nieprawda',
  'raczej nie',
  'absolutnie nie',
  'nie dziekuje',
  'natuurlijk niet',
  'absoluut niet',
  'echt niet',
  'naturlich nicht',
  'absolutely not',
  'nou nee',
  'uh uh',
  'toch niet',
  'doch nicht',
  'jednak nie',
];
const YES_PHRASES = [
  'dat klopt',
  'is goed',
  'ja hoor',
  'ja graag',
  'graag',
  'prima',
  'akkoord',
  'doe maar',
  'dat is juist',
  'dat is correct',
  'that is correct',
  'das ist richtig',
  'das ist korrekt',
  'to prawda',
  'dat is m',
  'dat is hem',
  'thats it',
  'thats the one',
  'spot on',
  'to ten',
  'to jest ten',
  'that is right',
  'thats right',
  'thats correct',
  'go ahead',
  'of course',
  'please do',
  'sounds good',
  'das stimmt',
  'in ordnung',
  'auf jeden fall',
  'gerne',
  'na klar',
  'go for it',
  'lets do it',
  'sure thing',
  'alles klar',
  'geht klar',
  'passt so',
  'zgadza sie',
  'oczywiscie',
  'poprosze',
  'dobrze',
  'toch wel',
  'klinkt goed',
  'klingt gut',
  'hort sich gut an',
  'sounds great',
  'sounds fine',
  'brzmi dobrze',
];

/** The phrases padded with spaces, so they match whole words (built once, not per message). */
const NO_PADDED = NO_PHRASES.map((p) => ` ${p} `);
const YES_PADDED = YES_PHRASES.map((p) => ` ${p} `);
const NO_WORDS = new Set([
  'nee',
  'neen',
  'nope',
  'nah',
  'neuh',
  'nein',
  'no',
  'nie',
  'niet',
  'nö',
  'no',
  'noo',
  'never',
  'nooit',
  'incorrect',
  'fout',
  'falsch',
  'negatief',
  'negative',
  'neej',
  'ne',
  'nay',
]);
const YES_WORDS = new Set([
  'ja',
  'jawel',
  'jazeker',
  'jaja',
  'jep',
  'jup',
  'jip',
  'ok',
  'oke',
  'okay',
  'okee',
  'oki',
  'klopt',
  'correct',
  'zeker',
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'sure',
  'right',
  'indeed',
  'absolutely',
  'affirmative',
  'definitely',
  'certainly',
  'aye',
  'jawohl',
  'genau',
  'stimmt',
  'richtig',
  'klar',
  'sicher',
  'natuerlich',
  'naturlich',
  'tak',
  'dokladnie',
  'pewnie',
  'jasne',
  'zgoda',
  'owszem',
  'juist',
  'inderdaad',
  'goed',
  'top',
  'yess',
  'jo',
  'natuurlijk',
  'absoluut',
  'precies',
  'okidoki',
  'uiteraard',
  'yas',
  'alright',
  'ye',
  'yh',
  'jawoll',
  'selbstverstandlich',
  'passt',
  'einverstanden',
  'okej',
  'dobra',
  'mhm',
  'mhmm',
]);

/** A thumbs up or down sent on its own (chat apps offer them as quick replies). */
const YES_EMOJI =
  /^(?:\u{1F44D}|\u{1F44C}|\u2705|\u2714\uFE0F?)(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}|\uFE0F)?$/u;
const NO_EMOJI =
  /^(?:\u{1F44E}|\u274C|\u2716\uFE0F?)(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}|\uFE0F)?$/u;

/** "jaaaa" → "ja", "neeee" → "nee", "yesss" → "yes". */
function squeeze(word: string): string {
  return word.replace(/(.)\1{2,}/g, '$1$1');
}

function lookup(word: string): boolean | undefined {
  for (const w of [word, squeeze(word), word.replace(/(.)\1+/g, '$1')]) {
    if (NO_WORDS.has(w)) return false;
    if (YES_WORDS.has(w)) return true;
  }
  return undefined;
}

/**
 * What opens a second thought: "actually yes", "doch, ja", "jednak tak", "toch ja", "ok then yes".
 * Read here (the answer is the yes or no after it) and by the handoff, where it takes the person
 * turned down a moment ago after all (domain/handoff/secondThought.ts). Plain words, no patterns.
 */
export const SECOND_THOUGHT_LEADS: readonly string[] = [
  'actually',
  'on second thought',
  'then',
  'toch',
  'dan toch',
  'doch',
  'dann doch',
  'jednak',
  'a jednak',
];

/**
 * Words skipped before a yes or no, one at a time: the one-word second-thought leads, and "dan",
 * "dann", "well" ("ok dan ja", "well yes"), which lead to an answer without being a second thought.
 */
const ANSWER_LEADS: ReadonlySet<string> = new Set([
  ...SECOND_THOUGHT_LEADS.filter((lead) => !lead.includes(' ')),
  'dan',
  'dann',
  'well',
]);

/** "fine, yes", "na gut, ja": agreement that leads to the yes (read only with a yes after it). */
const AGREEING_LEAD = /^(ok(ay)? )?(fine|prima|na gut|also gut|gut|dobrze|no dobrze)( (then|dan|dann))? /;

/** "That's it, thanks", "that's all, bye": the citizen is done, which is no yes to anything. */
const DONE_THANKS =
  /^(ok |okay )?(thats (it|all)|that is (it|all))( for (now|today))?( (thanks|thank you|thx|cheers|bye|goodbye|ta))+$/;

/**
 * "Ik ben er weer, ja …", "ok I'm back, yes …", "so, da bin ich wieder, ja …": saying one is back
 * before the answer is no part of it (alone it is no answer at all).
 */
const BACK_LEAD =
  /^(?:(?:ok|oke|okay|so|zo|sorry|hallo|hello|hi|hoi)\s+)*(?:im back|i am back|ik ben er weer|ik ben weer terug|ik ben terug|daar ben ik weer|ich bin wieder da|da bin ich wieder|bin wieder da|ich bin zuruck|juz jestem|jestem z powrotem)(?:\s+|$)/;

export function extractYesNo(text: string): boolean | undefined {
  const back = BACK_LEAD.exec(normalizeText(text));
  if (back) {
    const rest = normalizeText(text).slice(back[0].length);
    return rest ? extractYesNo(rest) : undefined;
  }
  const bare = text.replace(/\s+/g, '');
  // "Zeker weten?", "are you sure?": doubt about what was said, no yes.
  if (asksIfSure(text)) return undefined;
  if (YES_EMOJI.test(bare)) return true;
  if (NO_EMOJI.test(bare)) return false;
  const words = normalizeText(text).split(' ');
  // "uh-huh" is a yes, "uh-uh" a no: before "uh" is taken for a hesitation.
  if (words[0] === 'uh' && (words[1] === 'huh' || words[1] === 'uh') && words.length <= 3)
    return words[1] === 'huh';
  // "eh ja", "uhm, no", "äh ja", "yyy tak": the sound before the answer is no part of it.
  while (words.length > 1 && isHesitation(words[0])) words.shift();
  // "actually yes", "doch ja", "ok then yes": the lead before the answer is no part of it either.
  while (words.length > 1 && ANSWER_LEADS.has(words[0]) && lookup(words[1]) !== undefined) words.shift();
  if (words.length > 2 && words[0] === 'ok' && ANSWER_LEADS.has(words[1]) && lookup(words[2]) !== undefined)
    words.splice(0, 2);
  const normal = words.join(' ');
  if (!normal) return undefined;
  if (DONE_THANKS.test(normal)) return undefined;
  // "fine, yes", "prima, ja", "na gut, ja": agreeing words before the yes ("fine" alone may be the fine).
  const agreed = AGREEING_LEAD.exec(normal);
  if (agreed && lookup(normal.slice(agreed[0].length).split(' ')[0]) === true) return true;
  const padded = ` ${normal} `;
  // Polish "no tak", "no jasne": "no" is "well" there, not a refusal.
  if (/^no (tak|jasne|pewnie|dobrze|oczywiscie)\b/.test(normal)) return true;
  if (NO_PADDED.some((p) => padded.includes(p))) return false;
  const ws = normal.split(' ');
  const first = lookup(ws[0]);
  if (first !== undefined) return first;
  if (ws.length <= 5 && YES_PADDED.some((p) => padded.includes(p))) return true;
  return undefined;
}
