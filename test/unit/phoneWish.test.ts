import { wantsToPhone } from '../../domain/handoff/phoneWish';
import { asksIfSure } from '../../domain/language/doubtQuestion';
import { extractYesNo } from '../../domain/language/yesNo';
import { staffLanguageAsked } from '../../domain/language/staffLanguageQuestion';

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

describe('a question about the staff\'s language (not a switch)', () => {
  it.each([
    ['spricht bei euch jemand deutsch?', 'de'],
    ['czy moge rozmawiac z kims po polsku przez telefon?', 'pl'],
    ['a pracownik mowi po polsku?', 'pl'],
    ['czy jest ktoś kto mówi po polsku?', 'pl'],
    ['kann ich mit einem menschen sprechen? am besten auf deutsch', 'de'],
    ['spreekt een medewerker ook engels?', 'en'],
    ['is er iemand die Pools spreekt?', 'pl'],
    ['does anyone there speak polish?', 'pl'],
    ['can I talk to someone in German?', 'de'],
    ['gibt es einen Mitarbeiter, der Polnisch spricht?', 'pl'],
  ])('%s', (said, locale) => expect(staffLanguageAsked(said)).toBe(locale));

  it.each([
    'English please',
    'können wir Deutsch sprechen?',
    'po polsku proszę',
    'ik spreek geen Nederlands',
    'mein Brief ist auf Niederländisch',
    'ich spreche kein Niederländisch, können wir Deutsch sprechen?',
  ])('not: %s', (said) => expect(staffLanguageAsked(said)).toBeUndefined());
});

describe('speaking to the assistant in a language is a switch, not a staff question', () => {
  it.each(['spreken jullie Engels?', 'sprechen Sie Deutsch?', 'can you speak Polish?', 'mówisz po polsku?'])(
    '%s',
    (said) => expect(staffLanguageAsked(said)).toBeUndefined(),
  );
});
