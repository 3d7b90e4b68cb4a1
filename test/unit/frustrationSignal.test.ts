import { expressesFrustration } from '../../domain/handoff/frustrationSignal';

describe('expressesFrustration', () => {
  it.each([
    'dit is waardeloos',
    'Wat een kutbot!',
    'je snapt er niks van',
    'jij begrijpt me niet',
    'this is useless',
    'this is f***ing useless',
    'stupid bot',
    "you don't understand",
    'what a waste of time',
    'Das ist doch Mist',
    'du verstehst mich nicht',
    'nutzlos!!!',
    'to jest do niczego',
    'głupi bot',
    'nic nie rozumiesz',
    'godverdomme',
    'wtf',
    'verdammt nochmal',
    'kurwa mać',
  ])('hears "%s"', (text) => {
    expect(expressesFrustration(text)).toBe(true);
  });

  it.each([
    'dit is niet waardeloos',
    'ik snap het niet',
    "I don't understand",
    'Dit is belachelijk, ik heb al betaald en nu krijg ik weer een brief met een hoger bedrag',
    'waarom is mijn boete hoger?',
    'Ich verstehe nicht',
    'nie rozumiem',
    'shit, ik ben mijn brief kwijt',
    '',
  ])('leaves "%s" alone', (text) => {
    expect(expressesFrustration(text)).toBe(false);
  });
});
