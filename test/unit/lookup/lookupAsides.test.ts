import {
  asksHowToPrevent,
  asksOwnPostcode,
  asksSomething,
  mentionsDeath,
} from '../../../domain/language/lookupAsides';

describe('questions while the lookup waits', () => {
  it.each([
    'wacht wat is een cjib nummer eigenlijk',
    'ok en hoe werkt dat',
    'but what is a CJIB number',
    'wat is dat?',
  ])('"%s" asks something', (text) => expect(asksSomething(text)).toBe(true));

  it.each(['8911 AB', 'ok', 'wacht even', '9698 9486 1458 0658'])('"%s" asks nothing', (text) =>
    expect(asksSomething(text)).toBe(false),
  );

  it.each([
    'ok en hoe kan ik dat voorkomen',
    'how can I avoid that?',
    'wie kann ich das verhindern?',
    'jak temu zapobiec?',
  ])('"%s" asks how to prevent it', (text) => expect(asksHowToPrevent(text)).toBe(true));

  it.each([
    'wat is mijn postcode ook alweer, ik woon in utrecht',
    'what is my postcode again?',
    'wie ist meine Postleitzahl nochmal?',
    'nie pamiętam kodu pocztowego',
  ])('"%s" asks for the own postcode', (text) => expect(asksOwnPostcode(text)).toBe(true));

  it.each(['waarom heeft u mijn postcode nodig?', 'ik woon in België'])('"%s" does not', (text) =>
    expect(asksOwnPostcode(text)).toBe(false),
  );

  it.each([
    'my husband got a fine but he passed away, what do we do',
    'mijn vader is overleden',
    'mój mąż zmarł',
  ])('"%s" mentions a death', (text) => expect(mentionsDeath(text)).toBe(true));

  it('"ik wil mijn boete opzoeken" does not', () =>
    expect(mentionsDeath('ik wil mijn boete opzoeken')).toBe(false));
});
