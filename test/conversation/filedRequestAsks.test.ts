/**
 * Questions once an arrangement request is filed here: another fine to add (not automatically,
 * DOMAIN.md §1.8), whether an e-mail follows (the decision comes by letter, §1.10), withdrawing it
 * (not here; a person, or wait for the letter), the first instalment (if granted); and "wat kost een
 * regeling?" at the schedule is the question about extra costs.
 */
import { useArrangementRound } from '../support/arrangementRound';
import type { Lang } from '../support/languages';
import { textOf } from '../support/testApp';

const YES = { nl: 'ja', en: 'yes', de: 'ja', pl: 'tak' };
const REFERENCE = /BR-2026-\d{8}/;

describe('questions about a request once filed', () => {
  const round = useArrangementRound();

  const filed = async (lang: Lang) => {
    const c = round.talk(lang);
    await c.start();
    await round.schedule(c, 'D01', lang);
    await c.say(YES[lang]);
    await c.say('jan@example.com');
    expect(textOf(await c.say(YES[lang]))).toMatch(REFERENCE);
    return c;
  };

  it.each([
    ['nl', 'ik heb nog een boete, kan die er ook bij?', /niet vanzelf/],
    ['en', 'can I add another fine?', /not added automatically/],
    ['de', 'ich habe noch ein Bußgeld, kann das dazu?', /nicht automatisch/],
    ['pl', 'mam jeszcze jeden mandat, czy można go dodać?', /nie zostanie dodany automatycznie/],
  ] as const)(
    '%s "%s": not added automatically, with the reference',
    async (lang: Lang, question, answer) => {
      const c = await filed(lang);
      const reply = textOf(await c.say(question));
      expect(reply).toMatch(answer);
      expect(reply).toMatch(REFERENCE);
    },
  );

  it.each([
    ['nl', 'krijg ik een mail?', /per brief/],
    ['en', 'will I get an email?', /by letter/],
    ['de', 'bekomme ich eine Bestätigung?', /per Brief/],
    ['pl', 'czy dostanę maila?', /listownie/],
  ] as const)('%s "%s": the decision comes by letter', async (lang: Lang, question, answer) => {
    const c = await filed(lang);
    const reply = textOf(await c.say(question));
    expect(reply).toMatch(answer);
    // Not the CJIB's phone numbers.
    expect(reply).not.toMatch(/telefoonnummers|phone numbers|Telefonnummern|numery telefon/);
  });

  it('nl "kan ik de regeling nog annuleren?": not here, a person or wait for the letter', async () => {
    const c = await filed('nl');
    const reply = textOf(await c.say('kan ik de regeling nog annuleren?'));
    expect(reply).toMatch(/Intrekken kan ik hier niet/);
    expect(reply).toMatch(REFERENCE);
  });

  it('pl "kiedy mam zapłacić pierwszą ratę?": if granted, by the first due date of the request', async () => {
    const c = await filed('pl');
    const reply = textOf(await c.say('kiedy mam zapłacić pierwszą ratę?'));
    expect(reply).toMatch(
      /Jeśli plan zostanie przyznany, pierwszą ratę 21,50 € trzeba zapłacić najpóźniej do 1 stycznia 2027/,
    );
  });

  it('nl "wat kost een regeling?" at the schedule: what the total holds, extra costs not known', async () => {
    const c = round.talk('nl');
    await c.start();
    await round.schedule(c, 'D01', 'nl');
    expect(textOf(await c.say('wat kost een regeling?'))).toMatch(
      /Het totaal van € 129,00 is alles wat nu openstaat/,
    );
  });
});
