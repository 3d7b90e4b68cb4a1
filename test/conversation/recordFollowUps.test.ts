/**
 * Follow-ups right after a lookup are answered from the fines just shown: "dus ik hoef nu niks te
 * betalen?" with an appeal running is yes, nothing for now (DOMAIN.md §1.8); "wat moet ik nu doen?" at
 * the bailiff stage is the bailiff on the letter; "welche soll ich zuerst bezahlen?" with two fines is
 * the one due first; "en als ik dat niet haal?" after the due date is what follows for that fine.
 */
import { FAST_TYPIST, useTestApp } from '../support/appForTests';
import { textOf } from '../support/testApp';

const GENERIC = /Ik kan u helpen met|U kunt op deze manieren betalen|So können Sie zahlen|not sure what you mean|weet niet zeker wat u bedoelt|nicht sicher, was Sie meinen/;

describe('follow-ups after a lookup', () => {
  const assistant = useTestApp(FAST_TYPIST);

  async function lastAnswer(channelId: string, locale: string, messages: string[]): Promise<string> {
    const c = await assistant.open({ channelId, locale });
    let last = '';
    for (const m of messages) last = textOf(await c.say(m)).replace(/\s+/g, ' ');
    return last;
  }

  it.each([
    ['sms', 'nl-NL', 'dus ik hoef nu niks te betalen?', /beroep ingesteld.*hoeft u deze boete niet te betalen/],
    ['webchat', 'de-DE', 'also muss ich jetzt gar nichts zahlen?', /Einspruch eingelegt.*nicht bezahlen/],
    ['webchat', 'en-GB', "so I don't have to pay anything now?", /appealed.*do not have to pay/],
    ['webchat', 'pl-PL', 'czyli nie muszę teraz nic płacić?', /odwołanie.*nie musi/],
  ])('%s %s: with an appeal running, "%s" is confirmed', async (channelId, locale, asked, says) => {
    const answer = await lastAnswer(channelId, locale, ['2', '4516092382100863', '5611 EZ', asked]);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(GENERIC);
  });

  it.each([
    ['sms', 'nl-NL', 'wat moet ik nu doen', /deurwaarder die op uw brief staat.*betalen in delen/],
    ['webchat', 'en-GB', 'what should I do now?', /bailiff named on your letter/],
  ])('%s %s: at the bailiff stage "%s" is the bailiff, not the menu', async (channelId, locale, asked, says) => {
    const answer = await lastAnswer(channelId, locale, ['1', '1859977345740978', '9711 lm', asked]);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(GENERIC);
  });

  it.each([
    ['de-DE', 'welche soll ich zuerst bezahlen?', /Zahlen Sie zuerst dieses: Geschwindigkeitsüberschreitung um 22 km\/h.*Danach: Überfahren einer roten Ampel/],
    ['nl-NL', 'welke moet ik eerst betalen?', /Betaal eerst deze: Snelheidsovertreding van 22 km\/u.*Daarna:/],
  ])('%s: two fines, "%s": the one due first', async (locale, asked, says) => {
    const answer = await lastAnswer('webchat', locale, ['1', '3338082450532785', '3512 KL', asked]);
    expect(answer).toMatch(says);
    expect(answer).not.toMatch(GENERIC);
  });

  it('nl: "hoe lang heb ik nog", then "en als ik dat niet haal?": what follows for that fine', async () => {
    const answer = await lastAnswer('webchat', 'nl-NL', [
      '9698948614580658',
      '8911 AB',
      'hoe lang heb ik nog',
      'en als ik dat niet haal?',
    ]);
    expect(answer).toMatch(/niet op tijd.*aanmaning/);
    expect(answer).not.toMatch(GENERIC);
  });
});
