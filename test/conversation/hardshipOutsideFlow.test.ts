/**
 * Citizens frightened or unable to pay, outside a flow, whole conversations over HTTP: the bailiff at
 * the door, a letter threatening gijzeling, a job lost, large debts. A kind word, the step that helps
 * (DOMAIN.md §1.4, §1.5, §1.9, §6) and a person offered at once: never the list of what the CJIB can
 * do, never "did this help?", never a lost letter. Also which bailiff it is after the arrangement's
 * refusal, and gijzeling after looking up a punitive order (its own regime, DOMAIN.md §2.6).
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

/** The general list of what may come, which reads as a threat. */
const THREAT =
  /Blijft u een verkeersboete niet betalen|If you keep not paying|Do you keep not paying|Zahlen Sie ein Verkehrsbußgeld weiterhin|Jeśli nadal/;
const POLL = /Heeft dit antwoord u geholpen|Did this answer help|Hat Ihnen diese Antwort|Czy ta odpowiedź/;
const PERSON =
  /medewerker (van het CJIB )?(spreken|praten)\?|talk to a member of (CJIB )?staff now\?|mit einem Mitarbeiter( des CJIB)? sprechen\?|porozmawiać z pracownikiem( CJIB)?\?/;

describe('hardship outside a flow: kindness, what helps and a person', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    [
      'webchat',
      'nl-NL',
      'de deurwaarder staat bij mij voor de deur wat moet ik doen, ik heb geen geld',
      /Praat nu met de deurwaarder/,
    ],
    [
      'webchat',
      'en-US',
      'the bailiff is at my door what do i do, i have no money',
      /Talk to the bailiff now/,
    ],
    [
      'webchat',
      'de-DE',
      'der Gerichtsvollzieher steht vor der Tür, was soll ich tun? ich habe kein Geld',
      /Sprechen Sie jetzt mit dem Gerichtsvollzieher/,
    ],
    [
      'sms',
      'pl-PL',
      'komornik stoi pod drzwiami co mam robić, nie mam pieniędzy',
      /teraz porozmawiać z komornikiem/,
    ],
    [
      'webchat',
      'nl-NL',
      'ik krijg een brief dat ik gegijzeld word als ik niet betaal!! ik heb geen geld wat nu',
      /rechter staat gijzeling niet toe als iemand echt niet kan betalen/,
    ],
    [
      'webchat',
      'en-US',
      "I got a letter saying I will be arrested if I don't pay, I have no money",
      /does not allow it when someone truly cannot pay/,
    ],
    [
      'webchat',
      'de-DE',
      'Ich habe einen Brief bekommen, dass mir Haft droht, wenn ich nicht zahle',
      /wirklich nicht zahlen kann/,
    ],
    ['webchat', 'pl-PL', 'dostałem pismo że grozi mi areszt jeśli nie zapłacę', /naprawdę nie może zapłacić/],
    ['webchat', 'nl-NL', 'kut cjib… ik heb al 20.000 euro schuld', /noodstop.*4 maanden/s],
    [
      'sms',
      'nl-NL',
      'ik ben mijn werk kwijt en kan de boete niet betalen',
      /persoonlijke betalingsregeling.*noodstop/s,
    ],
    [
      'sms',
      'nl-NL',
      'ik moet 550 euro betalen maar ik heb mijn baan verloren',
      /persoonlijke betalingsregeling.*noodstop/s,
    ],
    ['webchat', 'en-US', 'i lost my job and cant pay the fine', /personal payment arrangement.*noodstop/s],
    [
      'webchat',
      'de-DE',
      'ich muss 550 euro zahlen aber ich habe meinen job verloren',
      /persönliche Ratenzahlung.*Notstopp/s,
    ],
    [
      'sms',
      'pl-PL',
      'muszę zapłacić 550 euro ale straciłam pracę',
      /indywidualny plan spłaty.*wstrzymanie awaryjne/s,
    ],
  ])('%s %s: "%s"', async (channelId, locale, said, step) => {
    const c = await assistant.open({ channelId, locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(step);
    expect(reply).toMatch(PERSON);
    expect(reply).not.toMatch(THREAT);
    expect(reply).not.toMatch(POLL);
    expect(reply).not.toMatch(/brief kwijt|Zit u of iemand uit uw familie vast/);
  });

  it.each([
    ['ik heb geen geld meer en de deurwaarder komt morgen', /Praat nu met de deurwaarder/],
    ['ze gaan me gijzelen en ik heb geen geld', /rechter staat gijzeling niet toe/],
    ['mijn uitkering is gestopt en nu kan ik niks betalen', /persoonlijke betalingsregeling/],
  ])('nl, other words: "%s"', async (said, step) => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(step);
    expect(reply).toMatch(PERSON);
    expect(reply).not.toMatch(POLL);
  });

  it('nl, sms: yes to the person offered is the handoff', async () => {
    const c = await assistant.open({ channelId: 'sms', locale: 'nl-NL' });
    await c.say('ik moet 550 euro betalen maar ik heb mijn baan verloren');
    expect(textOf(await c.say('1'))).toMatch(/wachtrij|terugbel/);
  });

  it.each([
    [
      'nl-NL',
      'ik wil een betalingsregeling maar ik ben bang dat ik gegijzeld word',
      /allerlaatste middel.*CJIB-nummer/s,
    ],
    ['en-US', "I want a payment plan but I'm scared I'll go to jail", /very last resort.*CJIB number/s],
    [
      'de-DE',
      'ich möchte eine Ratenzahlung, aber ich habe Angst vor der Haft',
      /allerletzte Mittel.*CJIB-Nummer/s,
    ],
    ['pl-PL', 'chcę plan spłaty ale boję się aresztu', /ostatni środek.*numeru CJIB/s],
  ])(
    '%s: an arrangement wanted while afraid of gijzeling: the reassurance, then the arrangement',
    async (locale, said, expected) => {
      const c = await assistant.open({ locale });
      const reply = textOf(await c.say(said));
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/Zit u of iemand uit uw familie vast|someone in your family being held/);
    },
  );

  it('nl: "wie is de deurwaarder dan?" after the refusal for a bailiff fine: the letter, the CJIB, the portal and a person', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('betalingsregeling');
    await c.say('1859977345740978');
    expect(textOf(await c.say('9711 LM'))).toMatch(/deurwaarder/);
    const reply = textOf(await c.say('wie is de deurwaarder dan? ik heb die brief niet'));
    expect(reply).toMatch(/staat op de brief van de deurwaarder/);
    expect(reply).toMatch(/het CJIB u zeggen welke deurwaarder/);
    expect(reply).toMatch(/betalen-cjib\.nl/);
    expect(reply).toMatch(PERSON);
    expect(reply).not.toMatch(THREAT);
  });

  it("nl: gijzeling after looking up a punitive order is the punitive order's regime, not the traffic fine's", async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    await c.say('1852906095141302');
    expect(textOf(await c.say('7511 JE'))).toMatch(/Strafbeschikking/);
    const reply = textOf(await c.say('kan ik ook gijzeling krijgen?'));
    expect(reply).toMatch(/U heeft een strafbeschikking/);
    expect(reply).toMatch(/1 dag per € 50/);
    expect(reply).toMatch(/vervangende hechtenis/);
    expect(reply).not.toMatch(THREAT);
  });
});
