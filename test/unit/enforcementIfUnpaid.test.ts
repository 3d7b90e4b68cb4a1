import {
  asksDetentionForFines,
  asksDetentionIfUnpaid,
  asksVehicleIfUnpaid,
  asksVehicleTakenIfUnpaid,
} from '../../domain/knowledge/enforcementIfUnpaid';
import { DETENTION_FEARED, VEHICLE_SEIZED } from '../../domain/knowledge/enforcementSituations';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

const n = normalizeQuestion;

describe('enforcement asked about as a possibility', () => {
  it.each([
    'word mn rijbewijs afgepakt als ik niet betaal',
    'kunnen ze mijn auto afpakken?',
    'can they take my car if i dont pay',
    'Nehmen die mir den Führerschein weg, wenn ich nicht zahle?',
    'czy zabiorą mi prawo jazdy jeśli nie zapłacę?',
  ])('"%s" asks whether a car or licence may be taken, not one taken', (text) => {
    expect(asksVehicleIfUnpaid(n(text))).toBe(true);
    expect(asksVehicleTakenIfUnpaid(n(text))).toBe(true);
    expect(VEHICLE_SEIZED.test(n(text))).toBe(false);
  });

  it.each(['mijn rijbewijs is ingenomen', 'the bailiff clamped my car', 'mein Auto wurde stillgelegt'])(
    '"%s" is one taken',
    (text) => {
      expect(asksVehicleIfUnpaid(n(text))).toBe(false);
      expect(VEHICLE_SEIZED.test(n(text))).toBe(true);
    },
  );

  it('names detention by any word', () => {
    expect(asksDetentionIfUnpaid(n('kunnen ze me opsluiten voor boetes?'))).toBe(true);
    expect(asksDetentionIfUnpaid(n('can I go to jail for unpaid fines'))).toBe(true);
    expect(asksDetentionIfUnpaid(n('wat kost een aanmaning'))).toBe(false);
  });

  it.each([
    'kunnen ze me echt opsluiten voor een paar boetes??? ik ben zo bang',
    'Können die mich wirklich einsperren wegen ein paar Strafzetteln? Ich habe solche Angst',
    'czy naprawdę mogą mnie zamknąć za kilka mandatów? bardzo się boję',
  ])('"%s" asks whether fines can mean detention (the enforcement answer, led by the judge)', (text) => {
    expect(asksDetentionForFines(n(text), text)).toBe(true);
  });

  it('someone detained now, or a word without fines, is not that question', () => {
    expect(asksDetentionForFines(n('wat is gijzeling'), 'wat is gijzeling')).toBe(false);
    expect(DETENTION_FEARED.test(n('ik ben bang dat ik gegijzeld word'))).toBe(true);
  });
});
