/**
 * "The speed camera was wrong" disputes the fine: the appeal to the officier van justitie (DOMAIN.md §4),
 * in every language, not the photo's answer or what the assistant can do. Asking to see the photo stays the photo.
 */
import { answersTo, FAST_TYPIST, useTestApp } from '../support/appForTests';

const APPEAL = /within 6 weeks|binnen 6 weken|innerhalb von 6 Wochen|w ciągu 6 tygodni/;
const CVOM = /Parket CVOM/;
const PHOTO_ONLY =
  /^(U kunt de foto bekijken|You can see the photo|Zdjęcie można zobaczyć|Sie können das Foto)/;

describe('a speed camera said to be wrong', () => {
  const assistant = useTestApp(FAST_TYPIST);

  it.each([
    ['pl-PL', 'fotoradar się pomylił'],
    ['pl-PL', 'fotoradar źle zmierzył prędkość'],
    ['en-GB', 'the speed camera was wrong'],
    ['en-GB', 'i think the speed camera is faulty'],
    ['nl-NL', 'de flitspaal klopt niet'],
    ['nl-NL', 'flitspaal stond verkeerd afgesteld, ik reed geen 80'],
    ['nl-NL', 'de meting klopt niet'],
    ['de-DE', 'der Blitzer hat falsch gemessen'],
    ['de-DE', 'Blitzer defekt'],
  ])('%s: "%s" gets how to appeal', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(CVOM);
    expect(answer).toMatch(APPEAL);
    expect(answer).not.toMatch(PHOTO_ONLY);
  });

  it.each([
    ['nl-NL', 'kan ik de foto van de flitspaal zien?'],
    ['en-GB', 'can I see the speed camera photo?'],
  ])('%s: "%s" stays the photo', async (locale, message) => {
    const [answer] = await answersTo(assistant, locale, message);
    expect(answer).toMatch(PHOTO_ONLY);
  });
});
