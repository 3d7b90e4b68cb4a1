import { directAnswer } from '../../domain/knowledge/directAnswer';
import { followUpKind, followUpTopic } from '../../domain/knowledge/followUpTopic';
import { doesNotUnderstandLetter } from '../../domain/language/letterConfusion';

describe('follow-ups after a missed instalment stay with it (DOMAIN.md §1.7)', () => {
  it.each([
    ['wat gebeurt er nu', 'missedNow'],
    ['en wat nu?', 'missedNow'],
    ['what happens now?', 'missedNow'],
    ['was passiert jetzt', 'missedNow'],
    ['co teraz?', 'missedNow'],
    ['kan ik uitstel krijgen', 'missedDeferral'],
    ['can I get a deferral?', 'missedDeferral'],
    ['kann ich Aufschub bekommen', 'missedDeferral'],
    ['czy mogę dostać odroczenie', 'missedDeferral'],
  ])('%s', (text, direct) => {
    expect(followUpTopic('missed_instalment', text)).toBe('missed_instalment');
    expect(directAnswer('missed_instalment', text)).toBe(direct);
  });

  it('leaves other topics and longer questions alone', () => {
    expect(followUpTopic('objection', 'kan ik uitstel krijgen')).toBeUndefined();
    expect(
      followUpKind('kan ik uitstel krijgen voor mijn boete van vorige maand bij het cjib'),
    ).toBeUndefined();
    expect(directAnswer('late_payment', 'wat gebeurt er nu')).toBeUndefined();
    // "En dan?" after a missed instalment is still what comes after the reminders.
    expect(followUpTopic('missed_instalment', 'en dan?')).toBe('enforcement');
  });
});

describe('short answers after the abroad and personal-arrangement answers', () => {
  it.each([
    ['foreign', 'en in duitsland?', 'foreignEu'],
    ['foreign', 'and in Germany?', 'foreignEu'],
    ['foreign', 'a w Niemczech?', 'foreignEu'],
    ['personal_arrangement', 'ik verdien maar 900 euro per maand', 'personalIncome'],
    ['personal_arrangement', 'I only earn 900 euros a month', 'personalIncome'],
    ['personal_arrangement', 'ich verdiene nur 900 Euro im Monat', 'personalIncome'],
    ['personal_arrangement', 'zarabiam tylko 900 euro miesięcznie', 'personalIncome'],
  ] as const)('%s: %s', (topic, text, direct) => {
    expect(directAnswer(topic, text)).toBe(direct);
  });

  it('not on other topics', () => {
    expect(directAnswer('instalments', 'ik verdien maar 900 euro per maand')).toBeUndefined();
    expect(directAnswer('contact', 'en in duitsland?')).toBeUndefined();
  });
});

describe('a letter received and not understood', () => {
  it.each([
    'ik heb een brief gehad van jullie maar ik snap er niks van',
    'ik kreeg een brief en ik begrijp het niet',
    "I got a letter from you but I don't understand it",
    'ich habe einen Brief bekommen und verstehe ihn nicht',
    'dostałem pismo i nic z tego nie rozumiem',
  ])('%s', (text) => {
    expect(doesNotUnderstandLetter(text)).toBe(true);
  });

  it.each([
    'ik ben mijn brief kwijt',
    'ich habe einen Brief bekommen und verstehe ihn',
    'ik heb geen brief gehad',
  ])('not: %s', (text) => {
    expect(doesNotUnderstandLetter(text)).toBe(false);
  });
});
