import { normalizeQuestion } from './normalizeQuestion';

/**
 * A new question about the answer just given ("kan ik daar ook bezwaar tegen maken?" after the punitive
 * order, "wanneer krijg ik dat voorschot?" after the victim's compensation) asks one fact in it: the
 * paragraph that holds that fact, not the whole answer again. Undefined when the question is the one
 * just answered, names nothing of its own, or no single paragraph stands out (then the caller keeps
 * its own way: the whole answer, or honestly that it is not in it).
 */

/** Question, function and everyday words of nl/en/de/pl: they name no fact of an answer. */
const FUNCTION_WORDS = new Set(
  (
    'ik je jij u uw we wij ze zij hij het de een en of maar dan dat die dit deze daar daarvoor daartegen er hier ' +
    'hoe wat wie waar wanneer waarom welke welk kan kun kunt kunnen mag moet moeten hoef hoeft heb hebt heeft ' +
    'hebben ben bent is zijn was waren wordt worden word ook nog al wel niet geen niks niets nu dus toch even ' +
    'eens zo als om te van voor met op in aan bij naar uit tot over door mijn jullie jou mij me krijg krijgt ' +
    'krijgen doen doe maken gaan ga zal zou wil willen weten vraag vragen graag eigenlijk precies dan nou ' +
    'tegen want omdat echt gewoon iets iemand bedoel hoeveel kost kosten ' +
    'i you your we they he she it the a an and or but then that this these those there here how what who ' +
    'where when why which can could may must have has had do does did am are was were be been will would ' +
    'also still not no now so just about with from for into onto again want know please get got mean much ' +
    'cost costs ' +
    'ich du sie wir er es das der die den dem ein eine einen und oder aber dann dass hier wie was wer wo ' +
    'wann warum welche welcher welches kann konnen darf muss mussen habe hast hat haben bin bist ist sind ' +
    'war wird werden auch noch nicht kein keine nichts jetzt also doch mal mit von fur auf bei nach aus ' +
    'uber durch mein meine ihr ihre bekomme bekommen machen tun gegen denn wissen bitte eigentlich viel ' +
    'wieviel kostet ' +
    'ja ty pan pani my oni to ten ta te tego czy jak co kto gdzie kiedy dlaczego ktory ktora moge mozna ' +
    'musze trzeba mam jest sa byl bylo bede tez jeszcze nie teraz wiec tylko mnie mi moj moja dostac ' +
    'dostane zrobic chce wiedziec prosze ile kosztuje'
  ).split(' '),
);

/**
 * Things said in other words in a question than in an answer ("bezwaar" asked, "verzet" answered), with
 * their weight: objecting names a fact as a word does (2); "when" or "how much" only tells paragraphs
 * that both name it apart (1).
 */
const CONCEPTS: [RegExp, RegExp, number][] = [
  [
    /\b(bezwaar|beroep|verzet|oneens|aanvechten|appeal|object|objection|disagree|contest|einspruch|widerspruch|anfechten|odwol\w*|sprzeciw\w*)\b/,
    /\b(bezwaar|beroep|verzet\w*|niet eens|appeal|object|objection|disagree|einspruch|widerspruch|nicht einverstanden|odwol\w*|sprzeciw\w*|nie zgadza)\b/,
    2,
  ],
  [
    /\b(wanneer|hoe ?lang|when|how long|wann|wie lange|kiedy|jak dlugo)\b/,
    /\b\d+ (dag|dagen|weken|maanden|jaar|days|weeks|months|years|tage|tagen|wochen|monate|monaten|jahre|dni|tygodni|tygodnie|miesiecy|miesiace|lat)\b/,
    1,
  ],
  [
    /\b(hoeveel|how much|wie ?viel|ile)\b/,
    /€ ?\d|\d ?€|\d+ ?(euro|eur)\b|\d+ ?%/,
    1,
  ],
];

const PREFIX = 5;

/**
 * Dutch writes a long vowel double only in a closed last syllable: "betaal" is "betalen", "betaalt"
 * too. Single again, the forms share their first letters ("maand", "maanden" keep theirs).
 */
const closedLongVowel = (word: string): string => word.replace(/([aeou])\1([^aeiou])t?$/, '$1$2');

function stems(text: string): Set<string> {
  return new Set(
    normalizeQuestion(text)
      .split(' ')
      .filter((word) => word.length >= 4 && !FUNCTION_WORDS.has(word) && !/^\d/.test(word))
      .map((word) => closedLongVowel(word).slice(0, PREFIX)),
  );
}

/** "Wat is een noodstop?", "co to jest zekerheid?": the term asked the meaning of. */
const MEANING =
  /\b(?:what is|whats|what does|what are|wat is|wat zijn|wat betekent|was ist|was sind|was bedeutet|was heisst|co to jest|co to|co znaczy|co oznacza|czym jest)(?: (?:een|a|an|the|de|het|ein|eine|der|die|das))? ([a-z]{5,})\b/;

/** The term a "wat is een …?" question asks the meaning of (its first letters), if it is one. */
export function meaningAsked(question: string): string | undefined {
  return MEANING.exec(normalizeQuestion(question))?.[1]?.slice(0, PREFIX);
}

/** Whether `question` asks nothing that `previous` (the question just answered) did not ask already. */
export function sameQuestion(question: string, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  const before = stems(previous);
  return [...stems(question)].every((stem) => before.has(stem));
}

/** The paragraph of `answer` that holds the fact `question` asks, or undefined (see above). */
export function answerExcerpt(answer: string, question: string, previous?: string): string | undefined {
  const asked = stems(question);
  if (asked.size === 0 || sameQuestion(question, previous)) return undefined;
  const paragraphs = answer.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length < 2) return undefined;
  const said = paragraphs.map(stems);
  const normalized = normalizeQuestion(question);
  // "Wat is een noodstop?": the first paragraph that names it explains it.
  const term = meaningAsked(question);
  if (term) {
    const first = said.findIndex((stemsOf) => stemsOf.has(term));
    return first >= 0 ? paragraphs[first] : undefined;
  }
  // A word in every paragraph ("boete", "noodstop") tells none of them apart.
  const telling = [...asked].filter((stem) => !said.every((stemsOf) => stemsOf.has(stem)));
  const scores = paragraphs.map((paragraph, i) => {
    const words = telling.filter((stem) => said[i]?.has(stem)).length;
    const concepts = CONCEPTS.filter(
      ([inQuestion, inAnswer]) => inQuestion.test(normalized) && inAnswer.test(normalizeQuestion(paragraph)),
    ).reduce((sum, [, , weight]) => sum + weight, 0);
    return words * 2 + concepts;
  });
  const best = Math.max(...scores);
  // Only a fact named in the question (a word of it, not only "when" or "how much") picks a paragraph.
  if (best < 2 || scores.filter((score) => score === best).length > 1) return undefined;
  return paragraphs[scores.indexOf(best)];
}
