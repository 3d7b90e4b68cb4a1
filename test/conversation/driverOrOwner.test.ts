/**
 * Who drove and whose car it is (DOMAIN.md §4): the driver of someone else's car or a lease car hears
 * that the owner gets the fine and that they can appeal with the owner's machtiging (not "a machtiging
 * from you"); the owner whose ex drives hears a plain yes; a cloned plate hears photo and appeal,
 * never "appealing because you did not drive is pointless".
 */
import { textOf } from '../support/testApp';
import { FAST_TYPIST, useTestApp } from '../support/appForTests';

const OWNER_TEXT = /machtiging van u nodig|authorisation \(machtiging\) from you\b(?![\s\S]*Whether)/;

describe('the driver, the owner and a cloned plate', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['nl-NL', 'auto van mn moeder staat op haar naam ik reed en werd geflitst, kan ik het op mijn naam laten zetten', /machtiging van de eigenaar van het kenteken/],
    ['nl-NL', 'leaseauto van de zaak geflitst, krijg ik de boete of mijn baas', /lease- of verhuurbedrijf[\s\S]*werkgever/],
    ['en-GB', "I was driving my mum's car and got a speeding ticket, can it be put in my name?", /authorisation \(machtiging\) from the registered owner/],
    ['de-DE', 'Ich bin Berufskraftfahrer und wurde mit dem LKW geblitzt, zahle ich das oder meine Firma?', /Vollmacht \(machtiging\) des Halters[\s\S]*Arbeitgeber/],
    ['pl-PL', 'jechałem samochodem firmowym i dostałem mandat, kto płaci ja czy firma?', /upoważnienie \(machtiging\) od właściciela/],
  ])('%s: the driver of another\'s car "%s"', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/machtiging van u nodig|Vollmacht \(machtiging\) von Ihnen|upoważnienia \(machtiging\) od Pana/);
  });

  it.each([
    ['nl-NL', 'de auto staat op mijn naam maar mijn ex rijdt erin en nu heb ik 5 boetes. moet ik dat betalen??', /^Ja\. Staat de auto op uw naam/],
    ['pl-PL', 'samochód jest na mnie ale jeździ nim mój brat, czy muszę płacić mandaty?', /^Tak\./],
  ])('%s: the owner whose car someone else drives', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    expect(textOf(await c.say(said))).toMatch(expected);
  });

  it.each([
    ['nl-NL', 'ik heb helemaal geen auto maar krijg wel een boete, volgens mij is mijn kenteken gekloond', /foto[\s\S]*6 weken/],
    ['en-GB', 'I think my number plate has been cloned, I got a fine for a car that is not mine', /photo[\s\S]*6 weeks/],
  ])('%s: a cloned plate', async (locale, said, expected) => {
    const c = await assistant.open({ locale });
    const reply = textOf(await c.say(said));
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/heeft daarom geen zin|does not help|pointless/);
    expect(reply).not.toMatch(OWNER_TEXT);
  });
});
