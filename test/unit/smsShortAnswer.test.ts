import { smsShort } from '../../dialogs/smsShortAnswer';

const LONG = ['Eerste alinea met de kern.', '- punt een', '- punt twee', '', 'x'.repeat(700)].join('\n');

describe('a long answer sent short on SMS', () => {
  it('is left alone on other channels and when it is short', () => {
    expect(smsShort('webchat', LONG)).toBeUndefined();
    expect(smsShort('telephony', LONG)).toBeUndefined();
    expect(smsShort('sms', 'kort antwoord')).toBeUndefined();
  });

  it('takes whole first lines, at least one', () => {
    expect(smsShort('sms', LONG)).toBe('Eerste alinea met de kern.\n- punt een\n- punt twee');
  });

  it('prefers the short version without its "say more" sentence, unless it talks to a caller', () => {
    const answer = 'y'.repeat(700);
    const core = { answer, spoken: 'De kern in twee zinnen. Nog een zin. Zeg "meer" om alles te horen.' };
    expect(smsShort('sms', `Lead.\n\n${answer}`, core)).toBe('Lead.\n\nDe kern in twee zinnen. Nog een zin.');
    const caller = { answer, spoken: 'U spreekt nu met de assistent. Zeg "meer" om alles te horen.' };
    // (One long line cannot be cut at a line: then it is sent whole.)
    expect(smsShort('sms', answer, caller)).toBeUndefined();
    expect(smsShort('sms', `Lead.\n${answer}`, caller)).toBe('Lead.');
  });
});
