import { speakableText } from '../../adapters/channels/speakable';
import { normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { extractEmail } from '../../domain/language/emailEntity';

describe('an e-mail address said on the phone', () => {
  it.each([
    ['jan punt jansen apenstaartje gmail punt com', 'jan.jansen@gmail.com'],
    ['Jan dot Jansen at hotmail dot com.', 'jan.jansen@hotmail.com'],
    ['Jan Punkt Jansen Klammeraffe GMX Punkt DE', 'jan.jansen@gmx.de'],
    ['jan kropka kowalski małpa wp kropka pl', 'jan.kowalski@wp.pl'],
    ['jan punt jansen apestaartje gmail punt com', 'jan.jansen@gmail.com'],
    ['jan punt jansen at-teken gmail punt com', 'jan.jansen@gmail.com'],
    ['jan min jansen apenstaartje ziggo punt nl', 'jan-jansen@ziggo.nl'],
    // The name said as separate words or spelled is one name.
    ['j a n dot jansen at hotmail dot com', 'jan.jansen@hotmail.com'],
    ['jan jansen at gmail dot com', 'janjansen@gmail.com'],
    ['jan kowalski małpka gmail kropka com', 'jankowalski@gmail.com'],
    ['jan acht nul apenstaartje gmail punt com', 'jan80@gmail.com'],
    ['jan tachtig apenstaartje gmail punt com', 'jan80@gmail.com'],
    ['jan at g mail dot com', 'jan@gmail.com'],
    // What comes before the name is not part of it.
    ['mijn e-mailadres is j punt jansen apenstaartje ziggo punt nl', 'j.jansen@ziggo.nl'],
    ['ik ben bereikbaar op jan at gmail dot com', 'jan@gmail.com'],
    ['you can reach me at jan dot jansen at gmail dot com', 'jan.jansen@gmail.com'],
    ['ja, jan at gmail dot com', 'jan@gmail.com'],
    ['het is jan apenstaartje ziggo punt n l', 'jan@ziggo.nl'],
    ['jan at gmail dot c o m', 'jan@gmail.com'],
    ['jan punkt jansen at t bindestrich online punkt de', 'jan.jansen@t-online.de'],
    // A name with accents is written without them in an address, and kept whole.
    ['hans punkt müller at web punkt de', 'hans.mueller@web.de'],
    ['Jürgen Klammeraffe GMX Punkt DE', 'juergen@gmx.de'],
    ['łukasz kropka wiśniewski małpa wp kropka pl', 'lukasz.wisniewski@wp.pl'],
    ['zoë punt dejong apenstaartje gmail punt com', 'zoe.dejong@gmail.com'],
    ['my email is rené at hotmail dot com', 'rene@hotmail.com'],
  ])('"%s" → %s', (text, email) => {
    expect(extractEmail(normalizeSpokenInput(text))).toBe(email);
    expect(extractEmail(text)).toBe(email);
  });

  it('keeps a typed name with accents whole', () => {
    expect(extractEmail('mijn mail is Hans.Müller@web.de')).toBe('hans.mueller@web.de');
    expect(extractEmail('łukasz.żak@wp.pl')).toBe('lukasz.zak@wp.pl');
  });

  it('finds none where none was said', () => {
    expect(extractEmail('ik ben at home')).toBeUndefined();
    expect(extractEmail('jan jansen')).toBeUndefined();
  });
});

describe('an e-mail address read back on the phone', () => {
  const words = {
    nl: { at: 'apenstaartje', dot: 'punt', dash: 'streepje', underscore: 'liggend streepje' },
    pl: { at: 'małpa', dot: 'kropka', dash: 'myślnik', underscore: 'podkreślnik' },
  };
  it('says the signs as words, and leaves other text alone', () => {
    expect(
      speakableText('We bereiken u via jan.jansen@gmail.com.', 'nl', { endingIn: '', email: words.nl }),
    ).toBe('We bereiken u via jan punt jansen apenstaartje gmail punt com.');
    expect(speakableText('jan_kowalski-80@wp.pl', 'pl', { endingIn: '', email: words.pl })).toBe(
      'jan podkreślnik kowalski myślnik 80 małpa wp kropka pl',
    );
    expect(speakableText('Zie www.cjib.nl.', 'nl', { endingIn: '', email: words.nl })).toBe(
      'Zie www.cjib.nl.',
    );
  });
});
