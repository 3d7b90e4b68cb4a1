import { spelledEmail } from '../../adapters/channels/spelledEmail';
import { speakableText } from '../../adapters/channels/speakable';

const nl = { '@': 'apenstaartje', '.': 'punt', '-': 'streepje', _: 'liggend streepje' };
const en = { '@': 'at', '.': 'dot', '-': 'dash', _: 'underscore' };

describe('an e-mail address spelled for the caller to check', () => {
  it('spells the name in groups, says the signs and a common provider as words', () => {
    expect(spelledEmail('jan.de-vries@gmail.com', nl)).toBe(
      'j a n, punt, d e, streepje, v r i, e s, apenstaartje, gmail, punt, com',
    );
    expect(spelledEmail('Sarah_T1987@outlook.com', en)).toBe(
      's a r, a h, underscore, t, 1 9 8 7, at, outlook, dot, com',
    );
  });

  it('spells an unknown provider too', () => {
    expect(spelledEmail('an@kpn-mail.nl', nl)).toBe('a n, apenstaartje, k p n, streepje, m a i l, punt, nl');
  });

  it('is what the phone says when spelling is asked, with nothing else of the sentence changed', () => {
    const words = { at: 'apenstaartje', dot: 'punt', dash: 'streepje', underscore: 'liggend streepje', spelled: true };
    expect(speakableText('We bereiken u via jan@ziggo.nl.', 'nl', { endingIn: '', email: words })).toBe(
      'We bereiken u via j a n, apenstaartje, ziggo, punt, nl.',
    );
  });
});
