/**
 * A citizen living abroad who cannot pay: the noodstop goes with debt help from a Dutch municipality
 * (DOMAIN.md §1.5), so they hear that an arrangement is possible from abroad (from EUR 75), that
 * whether a noodstop is possible for them is for staff to look at, and a person is offered; no
 * "monthly amount is too high" choice where no monthly amount was shown.
 */
import { FAST_TYPIST, STAFF_ALWAYS_IN, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const titlesOf = (activities: { suggestedActions?: { actions: { title?: string }[] } }[]): string[] =>
  activities.flatMap((a) => a.suggestedActions?.actions.map((x) => x.title ?? '') ?? []);

describe('cannot pay, living abroad', () => {
  const assistant = useTestApp({ ...FAST_TYPIST, ...STAFF_ALWAYS_IN });

  it('en-US back in the US with EUR 300: the arrangement first, noodstop with Dutch debt help, a person', async () => {
    const c = await assistant.open({ locale: 'en-US' });
    const replies = await c.say(
      'I was a student in Groningen and went back to the US. I have a fine of 300 euros and I cant afford it right now',
    );
    const said = textOf(replies);
    expect(said).toMatch(/You live outside the Netherlands/);
    expect(said).toMatch(/payment arrangement/);
    expect(said).toMatch(/Dutch municipality/);
    expect(said).not.toMatch(/ask your municipality for help/);
    expect(said).toMatch(/Would you like to talk to a member of CJIB staff/);
    expect(titlesOf(replies)).not.toContain('The monthly amount is too high');
    expect(textOf(await c.say('yes'))).toMatch(/queue/);
  });

  it('de-DE unemployed in Germany: the same in German, a person offered', async () => {
    const c = await assistant.open({ locale: 'de-DE' });
    const said = textOf(await c.say('Ich habe kein Geld, ich bin arbeitslos in Deutschland'));
    expect(said).toMatch(/Sie wohnen außerhalb der Niederlande/);
    expect(said).toMatch(/Ratenzahlung/);
    expect(said).not.toMatch(/bitten Sie Ihre Gemeinde/);
    expect(said).toMatch(/Mitarbeiter/);
  });

  it('pl-PL back in Poland, EUR 50: no arrangement offered below the minimum', async () => {
    const c = await assistant.open({ locale: 'pl-PL' });
    const replies = await c.say('Wróciłem do Polski i nie mam pieniędzy na mandat 50 euro');
    expect(textOf(replies)).toMatch(/dopiero od 75/);
    expect(titlesOf(replies)).not.toContain('Złożyć wniosek o raty');
  });

  it('nl-NL in the Netherlands: the noodstop as before, without "maandbedrag te hoog"', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const replies = await c.say('ik kan mijn boete niet betalen, ik heb schulden');
    expect(textOf(replies)).toMatch(/gemeente \(schuldhulpverlening\)/);
    expect(titlesOf(replies)).not.toContain('Maandbedrag is te hoog');
  });
});
