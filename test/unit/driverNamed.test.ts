import { namesTheDriver } from '../../domain/knowledge/driverNamed';

describe('who drove, named after the answer on owner liability', () => {
  it.each([
    'it was my brother',
    'my wife was driving',
    'mijn zoon reed',
    'het was mijn vriend',
    'das war meine Frau',
    'mein Sohn ist gefahren',
    'to był mój brat',
    'moja żona prowadziła',
  ])('"%s"', (text) => expect(namesTheDriver(text)).toBe(true));

  it.each([
    'I was not driving',
    'mijn zoon heeft ook een boete',
    'my brother got a letter too',
    'wie betaalt de boete?',
  ])('not "%s"', (text) => expect(namesTheDriver(text)).toBe(false));
});
