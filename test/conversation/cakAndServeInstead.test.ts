/**
 * A letter about a CAK fine or health-insurance premium is answered (the CJIB collects it on behalf of
 * the CAK, letter B; DOMAIN.md §5), not called out of scope; "can I serve time instead of paying?"
 * hears that detention is no way of paying a traffic fine (DOMAIN.md §2.5) and what is known of a
 * court's alternative detention (§2.6), never "not understood".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

describe('a CAK letter and detention instead of paying', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'ik krijg een brief van jullie over zorgverzekering premie cak wat is dat', /namens het CAK[\s\S]*letter B/],
    ['nl-NL', 'waarom int het cjib mijn zorgpremie', /namens het CAK/],
    ['en-GB', 'I got a letter about my health insurance premium from CJIB, what is this', /on behalf of the CAK/],
    ['de-DE', 'Ich habe einen Brief vom CJIB wegen meiner Krankenversicherung bekommen', /im Auftrag des CAK/],
    ['pl-PL', 'dostałem list z cjib w sprawie składki na ubezpieczenie zdrowotne cak', /w imieniu CAK/],
  ])('%s: "%s" is collected for the CAK', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/niet mee helpen|cannot help you with that|nicht helfen|nie mogę pomóc/);
  });

  it.each([
    ['nl-NL', 'ik moet van de rechter 800 euro boete betalen anders 16 dagen zitten. kan ik ook gewoon zitten ipv betalen?', /geen andere manier van betalen[\s\S]*vonnis[\s\S]*medewerker/],
    ['nl-NL', 'als ik gewoon die 7 dagen ga zitten ben ik dan van de boete af?', /blijft de boete bestaan/],
    ['en-GB', 'can I just go to jail instead of paying the fine?', /not another way of paying/],
    ['de-DE', 'Kann ich statt zu zahlen einfach die Haft absitzen?', /keine andere Art zu zahlen/],
    ['pl-PL', 'czy mogę odsiedzieć zamiast płacić mandat?', /nie jest innym sposobem zapłaty/],
  ])('%s: "%s" hears detention is no way of paying', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/weet niet zeker wat u bedoelt|not sure what you mean|nicht sicher, was Sie meinen|Nie jestem pewien/);
  });
});
