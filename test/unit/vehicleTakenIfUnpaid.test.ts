import { asksVehicleTakenIfUnpaid } from '../../domain/knowledge/enforcementIfUnpaid';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('a car or licence that may be taken if the fines stay unpaid', () => {
  it.each([
    'kan de deurwaarder mijn auto meenemen',
    'kann der Gerichtsvollzieher mein Auto mitnehmen?',
    'kunnen ze mijn auto afpakken als ik niet betaal?',
    'can they take my car?',
    'czy mogą zabrać mi samochód?',
  ])('"%s"', (text) => expect(asksVehicleTakenIfUnpaid(normalizeQuestion(text))).toBe(true));

  it.each([
    'mijn auto is meegenomen door de politie en ik wil hem terug',
    'ik neem de auto mee naar Duitsland',
  ])('not "%s"', (text) => expect(asksVehicleTakenIfUnpaid(normalizeQuestion(text))).toBe(false));
});
