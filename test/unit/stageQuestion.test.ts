import { asksStageMeaning } from '../../domain/claims/stageQuestion';

describe('a question about a stage word of the lookup', () => {
  it.each([
    ['what does stage open mean', 'open'],
    ['wat betekent status open', 'open'],
    ['was bedeutet Status offen?', 'open'],
    ['co znaczy status otwarty?', 'open'],
    ['what does first reminder mean?', 'first_reminder'],
    ['wat betekent tweede aanmaning', 'second_reminder'],
    ['was heißt Beim Gerichtsvollzieher?', 'bailiff'],
    ['was bedeutet der Status?', 'shown'],
    ['what does that status mean', 'shown'],
  ])('"%s" → %s', (question, stage) => expect(asksStageMeaning(question)).toBe(stage));

  it.each(['what is open on Sunday when I can call you', 'how do I pay', 'is the office open?'])(
    '"%s" is none',
    (question) => expect(asksStageMeaning(question)).toBeUndefined(),
  );
});
