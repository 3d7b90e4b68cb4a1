import {
  holdsDigitsSoFar,
  innermostDialog,
  innermostDialogId,
  isFillerOnly,
  isOperatorKey,
  isQuietUtterance,
  quietStep,
  zeroIsAnAnswerTo,
} from '../../adapters/channels/quietTurn';

describe('a turn with nothing in it', () => {
  it.each(['uh', 'uhm', 'Uhm...', 'eh', 'ehm', 'euh', 'hmm', 'Hmmmm', 'uh, uhm', 'äh', 'yyy', 'ehhhh'])(
    '"%s" is only filler sounds',
    (text) => {
      expect(isFillerOnly(text)).toBe(true);
      expect(isQuietUtterance(text)).toBe(true);
    },
  );

  it.each(['uhm ja', 'eh, boete opzoeken', 'EH', 'nee', '1', 'ok', 'hallo', 'mhm', 'uh-huh'])(
    '"%s" is an answer',
    (text) => {
      expect(isFillerOnly(text)).toBe(false);
      expect(isQuietUtterance(text)).toBe(false);
    },
  );

  it('silence is quiet, and the steps go from the prompt again to a person to goodbye', () => {
    expect(isQuietUtterance('')).toBe(true);
    expect(isQuietUtterance('  ')).toBe(true);
    expect([1, 2, 3, 4].map(quietStep)).toEqual(['repeat', 'offerPerson', 'goodbye', 'goodbye']);
  });
});

describe('the operator key', () => {
  it.each([
    '0',
    ' 0 ',
    '0#',
    'nul',
    'Nul.',
    'zero',
    'null',
    'nul alstublieft',
    'Null bitte',
    'zero, please',
    'zero proszę',
  ])('"%s" asks for a person', (text) => expect(isOperatorKey(text)).toBe(true));
  it.each(['00', '10', 'nul euro', '3', 'nee', 'nul negen zes negen'])('"%s" does not', (text) =>
    expect(isOperatorKey(text)).toBe(false),
  );

  it('is an answer, not the key, where an amount or months are asked', () => {
    expect(zeroIsAnAnswerTo('arrangement.planPrompt')).toBe(true);
    // A phone number said may begin with "nul"; a key pressed is still the operator key.
    expect(zeroIsAnAnswerTo('callback.phone')).toBe(true);
    expect(zeroIsAnAnswerTo('callback.phone', true)).toBe(false);
    // At the lookup's questions a lone "0" is a person asked for, said or keyed.
    expect(zeroIsAnAnswerTo('identifyDebtor.number')).toBe(false);
    expect(zeroIsAnAnswerTo('identifyDebtor.postcode')).toBe(false);
    expect(zeroIsAnAnswerTo('identifyDebtor.number', true)).toBe(false);
    expect(zeroIsAnAnswerTo('faq.rating')).toBe(false);
    expect(zeroIsAnAnswerTo(undefined)).toBe(false);
  });

  it('finds the innermost dialog of a saved dialog state (the active one is the last of each stack)', () => {
    const prompt = { id: 'arrangement.planPrompt', state: {} };
    const flow = {
      id: 'arrangement',
      state: { dialogs: { dialogStack: [{ id: 'arrangement.steps', state: {} }, prompt] } },
    };
    const state = {
      dialogStack: [
        { id: 'main', state: { dialogs: { dialogStack: [{ id: 'main.route', state: {} }, flow] } } },
      ],
    };
    expect(innermostDialogId(state as never)).toBe('arrangement.planPrompt');
    expect(innermostDialogId({})).toBeUndefined();
  });

  it('knows when the number question holds the first digits of a number said in parts', () => {
    const waiting = (partialDigits?: string) =>
      innermostDialog({
        dialogStack: [{ id: 'identifyDebtor.number', state: { state: { partialDigits } } }],
      });
    expect(holdsDigitsSoFar(waiting('9698'))).toBe(true);
    expect(holdsDigitsSoFar(waiting())).toBe(false);
    expect(holdsDigitsSoFar(undefined)).toBe(false);
  });
});
