import { isAcknowledgement, saysNoThanks } from '../../domain/language/conversationCues';

describe('taken in, no yes and no choice', () => {
  it.each(['oké', 'top, bedankt', 'prima', 'oh ok', 'alright thanks', 'alles klar', 'dobrze, dzięki'])(
    '"%s"',
    (text) => {
      expect(isAcknowledgement(text)).toBe(true);
    },
  );

  it.each(['ja', 'ja graag', 'yes please', 'ok, ik wil een medewerker'])('not "%s"', (text) => {
    expect(isAcknowledgement(text)).toBe(false);
  });
});

describe('nothing more wanted', () => {
  it.each(['nee dank u', 'nee bedankt', 'no thanks', 'nein danke', 'nie, dziękuję'])('"%s"', (text) => {
    expect(saysNoThanks(text)).toBe(true);
  });

  it.each(['dank je wel', 'nee, ik wil een medewerker'])('not "%s"', (text) => {
    expect(saysNoThanks(text)).toBe(false);
  });
});
