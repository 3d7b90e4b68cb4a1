/**
 * "Wat moet ik doen?" in answer to a person offered (after the answer on someone who has died): that a
 * member of staff can look at the situation, and the offer again; not the list of what the assistant
 * can do, which would lose what the citizen just told. On the first message it stays that list.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const CAPABILITIES = /Ik kan u helpen met|I can help you with|Ich kann Ihnen helfen|Mogę pomóc/;

describe('"what should I do?" at the offer of a person', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'mijn man is overleden en er staan nog boetes op zijn naam',
      'wat moet ik doen',
      /kan in uw situatie meekijken/,
      /met een medewerker spreken\?/,
    ],
    [
      'en-GB',
      'my wife passed away and she had a fine',
      'what should I do?',
      /can look at your situation/,
      /talk to a member of staff now\?/,
    ],
    [
      'de-DE',
      'meine Mutter ist verstorben und hat noch ein Bußgeld',
      'was soll ich tun?',
      /kann sich Ihre Situation ansehen/,
      /sprechen\?/,
    ],
    [
      'pl-PL',
      'moja mama zmarła i ma jeszcze mandat',
      'co mam zrobić?',
      /może przyjrzeć się Pana\/Pani sytuacji/,
      /porozmawiać z pracownikiem\?/,
    ],
  ])('%s: a person can look at it, and the offer again', async (locale, first, whatToDo, look, offer) => {
    const [, reply] = await answersTo(assistant, locale, first, whatToDo);
    expect(reply).toMatch(look);
    expect(reply).toMatch(offer);
    expect(reply).not.toMatch(CAPABILITIES);
  });

  it('nl: "ja" then starts the handoff', async () => {
    const [, , yes] = await answersTo(
      assistant,
      'nl-NL',
      'mijn man is overleden en er staan nog boetes op zijn naam',
      'wat moet ik doen',
      'ja',
    );
    expect(yes).toMatch(/medewerker/);
    expect(yes).not.toMatch(CAPABILITIES);
  });

  it('nl: "wat moet ik doen" as the first message gets what the assistant can do', async () => {
    const [reply] = await answersTo(assistant, 'nl-NL', 'wat moet ik doen');
    expect(reply).toMatch(CAPABILITIES);
  });
});
