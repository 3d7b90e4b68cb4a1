import { wantsToStop } from '../../domain/language/stopRequest';

describe('wanting to stop', () => {
  it.each(['laat maar zitten', 'Laat maar', 'stop', 'nee, stop maar', 'ik wil stoppen', 'forget it', 'never mind', 'Vergiss es', 'lass es', 'Ich möchte nicht mehr', 'koniec', 'nie chcę już', 'anuluj'])(
    '%s',
    (text) => {
      expect(wantsToStop(text)).toBe(true);
    },
  );

  it.each([
    'laat maar, stop',
    'Laat maar zitten hoor, stop ermee',
    'never mind, stop',
    'forget it, cancel',
    'lass mal, abbrechen',
    'nieważne, stop',
    'daj spokój, anuluj',
    'hoeft niet meer',
  ])('two ways of saying it, or a common one: %s', (text) => {
    expect(wantsToStop(text)).toBe(true);
  });

  it.each(['lass mal sehen', 'stop, wat moet ik betalen', 'laat maar weten, stop'])('not %s', (text) => {
    expect(wantsToStop(text)).toBe(false);
  });

  it.each(['stop met wachten', 'ik wil stoppen met betalen', 'laat maar weten wat ik moet betalen', 'nee', 'koniec terminu?', '8911 AB'])(
    'not %s',
    (text) => {
      expect(wantsToStop(text)).toBe(false);
    },
  );
});
