/**
 * A person is offered, and the citizen decides: doubt ("zeker weten?") after a lookup is no yes to
 * the person offered; a refusal disputed is explained (with its date) and the offer asked again;
 * "mag ik gewoon iemand bellen?" is about phoning: how to phone, and a call back offered, not the
 * chat queue (nl/en/de/pl). Sweep 9b item 4.
 */
import { textOf } from '../support/testApp';
import { useStaffedApp } from '../support/appForTests';

/** A fine that is paid in full (demo data). */
const PAID = { cjib: '2166002043392129', postcode: '2511 CV' };
/** An open fine (demo data) for the arrangement flow. */
const OPEN = { cjib: '1852906095141302' };

describe('a person offered, never queued without a yes', () => {
  const assistant = useStaffedApp();

  it.each([
    ['nl-NL', 'sms', 'boete checken', 'zeker weten?', /Dit is wat er nu in de gegevens van het CJIB staat/, 'nee'],
    ['en-US', 'webchat', 'check my fine', 'are you sure?', /what the CJIB's records say/, 'no'],
    ['de-DE', 'webchat', 'Bußgeld nachsehen', 'sind Sie sicher?', /So steht es jetzt in den Daten/, 'nein'],
    ['pl-PL', 'webchat', 'sprawdź mandat', 'na pewno?', /Tak jest teraz w danych CJIB/, 'nie'],
  ])(
    '%s %s: "%s" then doubt after a paid lookup: confirmed from the record, a person offered, no queue',
    async (locale, channelId, ask, doubt, confirmed, no) => {
      const c = await assistant.open({ locale, channelId });
      await c.say(ask);
      await c.say(PAID.cjib);
      await c.say(PAID.postcode);
      const reply = await c.say(doubt);
      expect(textOf(reply)).toMatch(confirmed);
      expect(textOf(reply)).not.toMatch(/wachtrij|queue|Warteschlange|kolejce/i);
      expect(reply.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
      const after = await c.say(no);
      expect(after.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
      expect(textOf(after)).not.toMatch(/wachtrij|queue|Warteschlange|kolejce/i);
    },
  );

  it.each([
    ['nl-NL', 'sms', 'regeling', 'mag ik gewoon iemand bellen?', /cjib\.nl\/telefoonnummers/, /terugbelt\?/, 'nee', /verder waar we waren/],
    ['en-US', 'webchat', 'payment plan', 'can I just phone someone?', /cjib\.nl\/telefoonnummers/, /call you back\?/, 'no', /carry on|where we were/i],
    ['de-DE', 'webchat', 'Ratenzahlung', 'kann ich einfach jemanden anrufen?', /cjib\.nl\/telefoonnummers/, /Rückruf\?/, 'nein', /weiter|wo wir waren/i],
    ['pl-PL', 'webchat', 'raty', 'czy mogę po prostu zadzwonić do kogoś?', /cjib\.nl\/telefoonnummers/, /oddzwonić\?/, 'nie', /kontynu|tam, gdzie/i],
  ])(
    '%s %s: "%s", then "%s" at the postcode: how to phone and a call back offered, no queue; no goes on with the flow',
    async (locale, channelId, ask, phone, route, offer, no, goesOn) => {
      const c = await assistant.open({ locale, channelId });
      await c.say(ask);
      await c.say(OPEN.cjib);
      const reply = await c.say(phone);
      expect(textOf(reply)).toMatch(route);
      expect(textOf(reply)).toMatch(offer);
      expect(reply.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
      expect(textOf(await c.say(no))).toMatch(goesOn);
    },
  );

  it('nl-NL: "kan ik iemand bellen over de deurwaarder" at the start: how to phone; yes arranges the call back', async () => {
    const c = await assistant.open({ locale: 'nl-NL' });
    const reply = await c.say('kan ik iemand bellen over de deurwaarder die bij mij langs kwam');
    expect(textOf(reply)).toMatch(/Bellen kan/);
    expect(reply.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
    expect(textOf(await c.say('ja'))).toMatch(/telefoonnummer/);
    expect(textOf(await c.say('06 12345678'))).toMatch(/Wanneer/);
    expect(textOf(await c.say("'s ochtends"))).toMatch(/eindigt op 5678/);
  });
});
