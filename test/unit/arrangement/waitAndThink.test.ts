import { wantsToThinkItOver } from '../../../domain/arrangement/thinkItOver';
import { asksToWait } from '../../../domain/language/waitRequest';

describe('a moment asked, or time to talk it over', () => {
  it.each([
    'momentje ik moet de brief even zoeken',
    'wacht even ik moet even kijken wat mijn mailadres ook alweer is',
    'one moment I need to find the letter',
    'moment, ich muss den Brief suchen',
    'chwileczkę, muszę poszukać listu',
  ])('waits: %s', (m) => expect(asksToWait(m)).toBe(true));

  it.each(['moment, ik wil iets anders vragen', 'wacht, het is 9698 9486'])('does not wait: %s', (m) =>
    expect(asksToWait(m)).toBe(false),
  );

  it.each([
    'ik moet eerst met mijn vrouw overleggen',
    'I need to talk to my wife first',
    'ich muss das mit meiner Frau besprechen',
    'muszę porozmawiać z żoną',
    'ik denk er even over na',
    'ik denk erover na',
    'ich überlege es mir kurz',
    'let me think about it',
  ])('talks it over first: %s', (m) => expect(wantsToThinkItOver(m)).toBe(true));
});
