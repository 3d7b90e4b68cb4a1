/**
 * "En wie moet dan betalen?" right after the answer on not being the driver (a company, lease or
 * borrowed car): the short answer, the registered owner or, for a lease or rental car, the driver on
 * a new fine, not how to pay. In four languages, on the phone too.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { heardSentences } from '../support/replyText';
import { textOf } from '../support/testApp';

describe('who pays, after owner liability', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'nl-NL',
      'ik heb een boete met de auto van de zaak gekregen',
      'en wie moet dan betalen?',
      /eigenaar van het kenteken.*nieuwe boete op eigen naam/s,
    ],
    [
      'en-GB',
      "I wasn't driving, my son borrowed the car",
      'who has to pay it then?',
      /registered owner.*new fine in their own name/s,
    ],
    [
      'de-DE',
      'ich war nicht der Fahrer',
      'wer muss das dann zahlen?',
      /Halter des Fahrzeugs.*neues Bußgeld/s,
    ],
    ['pl-PL', 'to nie ja prowadziłem samochód', 'kto musi to zapłacić?', /właściciel pojazdu.*nowy mandat/s],
  ])('%s: the registered owner, not how to pay', async (locale, story, whoPays, says) => {
    const c = await assistant.open({ locale });
    await c.say(story);
    const reply = textOf(await c.say(whoPays));
    expect(reply).toMatch(says);
    expect(reply).not.toMatch(/iDEAL/);
  });

  it('nl phone: said short, and the call goes on', async () => {
    const c = await assistant.open({ channelId: 'telephony', locale: 'nl-NL' });
    await c.say('ik reed niet zelf, mijn zoon had de auto geleend');
    const heard = heardSentences(await c.say('wie moet dat dan betalen?'));
    expect(heard).toMatch(/eigenaar van het kenteken/);
    expect(heard).toMatch(/geholpen/);
  });
});
