import { wantsToStop } from '../../domain/language/stopRequest';

describe('wanting to stop', () => {
  it.each(['laat maar zitten', 'Laat maar', 'stop', 'nee, stop maar', 'ik wil stoppen', 'forget it', 'never mind', 'Vergiss es', 'lass es', 'Ich möchte nicht mehr', 'koniec', 'nie chcę już', 'anuluj'])(
    '%s',
    (text) => {
      expect(wantsToStop(text)).toBe(true);
    },
  );

  it.each(['stop met wachten', 'ik wil stoppen met betalen', 'laat maar weten wat ik moet betalen', 'nee', 'koniec terminu?', '8911 AB'])(
    'not %s',
    (text) => {
      expect(wantsToStop(text)).toBe(false);
    },
  );
});
