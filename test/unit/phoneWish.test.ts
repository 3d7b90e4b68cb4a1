import { wantsToPhone } from '../../domain/handoff/phoneWish';
import { asksIfSure } from '../../domain/language/doubtQuestion';
import { extractYesNo } from '../../domain/language/yesNo';

describe('wanting to phone the CJIB (not to be called back)', () => {
  it.each([
    'mag ik gewoon iemand bellen?',
    'kan ik jullie ook bellen?',
    'kan ik iemand bellen over de deurwaarder die bij mij langs kwam',
    'welk nummer kan ik bellen?',
    'ik wil liever bellen',
    'can I just phone you?',
    'can I call someone about my fine',
    'what number can I call?',
    'kann ich Sie anrufen?',
    'kann ich jemanden anrufen wegen meiner Mahnung',
    'czy mogę do kogoś zadzwonić?',
    'czy moge rozmawiac z kims po polsku przez telefon?',
    'czy mogę zadzwonić do kogoś w sprawie mandatu',
  ])('%s', (said) => expect(wantsToPhone(said)).toBe(true));

  it.each([
    'kunt u mij terugbellen?',
    'kan iemand mij bellen?',
    'bel me maar',
    'can you call me back?',
    'rufen Sie mich bitte an',
    'proszę oddzwonić',
    'ik wil een medewerker spreken',
    'ik werd gebeld door iemand',
  ])('not: %s', (said) => expect(wantsToPhone(said)).toBe(false));
});

describe('doubt asked as a question is no yes', () => {
  it.each(['zeker weten?', 'echt?', 'weet u het zeker?', 'are you sure?', 'really?', 'sind Sie sicher?', 'wirklich?', 'na pewno?', 'serio?'])(
    '%s',
    (said) => {
      expect(asksIfSure(said)).toBe(true);
      expect(extractYesNo(said)).toBeUndefined();
    },
  );

  it.each([
    ['zeker weten', true],
    ['zeker', true],
    ['sure', true],
    ['ja', true],
    ['nee', false],
  ])('still an answer: %s', (said, yes) => {
    expect(asksIfSure(said)).toBe(false);
    expect(extractYesNo(said)).toBe(yes);
  });
});
