import { askedFirst } from '../../domain/knowledge/askedFirst';

describe('why a letter of the CJIB came: what such a letter is', () => {
  it.each([
    'why did the cjib write to me',
    'what is the cjib and why did they write to me',
    'why did I get a letter from CJIB?',
    'waarom krijg ik een brief van het cjib',
    'wat is het cjib en waarom sturen ze mij een brief',
    'waarom schrijft het CJIB mij?',
    'was ist das CJIB und warum schreiben die mir',
    'Warum bekomme ich ein Schreiben vom CJIB?',
    'co to jest CJIB i dlaczego do mnie napisali',
    'dlaczego dostałem list z CJIB?',
  ])('"%s" is the letter explained', (text) => {
    expect(askedFirst(text)?.topicId).toBe('letter_explained');
  });

  it.each([
    'waarom krijg ik nog een brief, ik heb al betaald',
    'waarom is het bedrag op de brief zo hoog',
    'why did I get a second letter',
    'warum bekomme ich wieder ein Schreiben',
    'waarom krijg ik een brief van de deurwaarder',
  ])('"%s" asks something of its own', (text) => {
    expect(askedFirst(text)?.topicId).not.toBe('letter_explained');
  });
});
