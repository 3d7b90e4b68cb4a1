/**
 * What a caller does on the phone besides answering: pressing keys the way telephony gateways
 * deliver them, and asking to hear the last prompt again.
 */
import { slowNumberRepeat } from '../../adapters/channels/slowRepeat';
import {
  REPEAT_INTRO_KEY,
  asksForNumberSlowly,
  isRepeatRequest,
  repeatablePrompt,
  repeatedPrompt,
} from '../../adapters/channels/repeatRequest';
import { attachOfferedChoices, offeredChoicesOf } from '../../adapters/channels/offeredChoices';
import { ssml } from '../../adapters/channels/ssml';
import { dtmfFromEvent, normalizeSpokenInput } from '../../adapters/channels/spokenInput';
import { I18nLocalizer } from '../../bot/i18n';

describe('key presses as channels deliver them', () => {
  it('reads a message without text that carries the keys in value or channelData', () => {
    expect(dtmfFromEvent({ type: 'message', text: '', value: { dtmf: '1' } })).toBe('1');
    expect(dtmfFromEvent({ type: 'message', channelData: { dtmf: '9698 9486#' } })).toBe('96989486');
    expect(dtmfFromEvent({ type: 'message', text: '', channelData: { tones: '2' } })).toBe('2');
    expect(dtmfFromEvent({ type: 'event', name: 'dtmf', value: {}, channelData: { digits: '3' } })).toBe('3');
    expect(dtmfFromEvent({ type: 'message', text: '', value: { dtmf: { tone: '4' } } })).toBe('4');
    expect(dtmfFromEvent({ type: 'message', text: '', value: '2', channelId: 'telephony' })).toBe('2');
  });

  it('leaves other messages and card submissions alone', () => {
    // A message with text is read as text (the turn step normalises spoken and keyed digits there).
    expect(dtmfFromEvent({ type: 'message', text: 'twee', value: { dtmf: '1' } })).toBeUndefined();
    // An Adaptive Card submit carries `value` too: only a field named for key presses counts.
    expect(dtmfFromEvent({ type: 'message', text: '', value: { choice: '2' } })).toBeUndefined();
    expect(dtmfFromEvent({ type: 'message', text: '', value: '2' })).toBeUndefined();
    expect(dtmfFromEvent({ type: 'message', text: '', channelData: { dtmf: 'drop table' } })).toBeUndefined();
    expect(dtmfFromEvent({ type: 'message', text: '', channelData: { dtmf: '#' } })).toBeUndefined();
    expect(dtmfFromEvent({ type: 'event', name: 'setLanguage', value: 'de' })).toBeUndefined();
  });
});

describe('saying which key to press', () => {
  it.each([
    ['toets twee', '2'],
    ['Toets 2.', '2'],
    ['druk op een', '1'],
    ['ik kies optie drie', '3'],
    ['press two', '2'],
    ['press number 4', '4'],
    ['Ich drücke die Zwei', '2'],
    ['wciskam dwa', '2'],
  ])('"%s" → %s', (text, key) => {
    expect(normalizeSpokenInput(text)).toBe(key);
  });

  it('leaves sentences with more in them to the dialogs', () => {
    expect(normalizeSpokenInput('druk op de knop voor betalen')).toBe('druk op de knop voor betalen');
    expect(normalizeSpokenInput('kies maar')).toBe('kies maar');
  });
});

describe('pauses the speech recogniser wrote as punctuation', () => {
  it.each([
    ['Negen zes negen acht, negen vier acht zes, een vier vijf acht, nul zes vijf acht.', '9698948614580658'],
    ['Negen zes negen acht. Negen vier acht zes.', '96989486'],
    ['Sześćdziesiąt jeden, zero zero jeden.', '61001'],
    ['Eight nine one one, A, B.', '8911 A B'],
  ])('"%s" → %s', (text, normal) => {
    expect(normalizeSpokenInput(text)).toBe(normal);
  });

  it('keep their meaning when the utterance is more than a number', () => {
    expect(normalizeSpokenInput('ja, twee')).toBe('ja, twee');
    expect(normalizeSpokenInput('Nee, acht negen een een A B.')).toBe('Nee, 8911 A B.');
  });
});

describe('phone numbers said in threes', () => {
  it.each([
    [
      'plus czterdzieści osiem sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem',
      'plus 48601234567',
    ],
    ['sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem.', '601234567'],
    ['zero zero czterdzieści osiem sześćset jeden sto dwanaście czterysta', '0048601112400'],
  ])('"%s" → %s', (text, normal) => {
    expect(normalizeSpokenInput(text)).toBe(normal);
  });

  it('leave amounts said in words alone', () => {
    expect(normalizeSpokenInput('ik kan tweehonderd vijftig euro per maand')).toBe(
      'ik kan tweehonderd vijftig euro per maand',
    );
  });
});

describe('asking to hear it again', () => {
  it.each([
    'wat zei u?',
    'Wat zegt u?',
    'nog een keer',
    'Kunt u dat herhalen alstublieft',
    'kunt u dat nog een keer zeggen',
    'sorry, ik heb het niet verstaan',
    'ik verstond u niet',
    "I couldn't hear you",
    'can you repeat that',
    'repeat please',
    'Sorry, I didn’t catch that',
    'could you say that again?',
    'pardon?',
    'nochmal bitte',
    'Können Sie das wiederholen?',
    'Wie bitte?',
    'noch einmal',
    'proszę powtórzyć',
    'jeszcze raz',
    'Co pan powiedział?',
    'słucham?',
    'sorry what was that',
    'uh I missed that',
    'Entschuldigung, was war das?',
    'przepraszam, co to było?',
  ])('"%s" asks to hear the last prompt again', (text) => {
    expect(isRepeatRequest(text)).toBe(true);
  });

  it.each([
    'ja',
    'ja bitte',
    'tak',
    '2',
    'kunnen jullie de brief nog een keer sturen',
    'ik wil nog een keer betalen',
    'ik heb niets gehoord van het CJIB',
    'I want to pay again next month',
    'Ich verstehe nicht',
    'wat is een CJIB-nummer?',
    'ik heb het gehoord',
    'I hear you',
    'ja, nog een keer een boete opzoeken',
    'what was that fine for',
    'I missed that payment',
    '',
  ])('"%s" is something else', (text) => {
    expect(isRepeatRequest(text)).toBe(false);
  });

  it('says the last prompt again with an intro, in the text and as the first spoken sentence', () => {
    const localizer = I18nLocalizer.create();
    const prompt = repeatablePrompt([
      { type: 'message', text: 'Dank u.', speak: ssml('Dank u.', 'nl'), inputHint: 'acceptingInput' },
      { type: 'event' },
      {
        type: 'message',
        text: 'Wat is de postcode?',
        speak: ssml('Wat is de postcode?', 'nl'),
        inputHint: 'expectingInput',
      },
    ]);
    expect(prompt).toHaveLength(2);
    const again = repeatedPrompt(prompt, localizer.t('nl', REPEAT_INTRO_KEY));
    expect(again[0].text).toBe('Ik herhaal het.\n\nDank u.');
    expect(again[0].speak).toContain('<voice name="nl-NL-FennaNeural"><s>Ik herhaal het.</s><s>Dank u.</s>');
    expect(again[1].text).toBe('Wat is de postcode?');
    expect(again[1].inputHint).toBe('expectingInput');
    // The choices a message offered come back with it, so "2" still means the second one.
    const menu = attachOfferedChoices({ type: 'message', text: 'Wat wilt u doen?\n1: A\n2: B' }, [
      { value: 'a', title: 'A' },
      { value: 'b', title: 'B' },
    ]);
    const stored = JSON.parse(JSON.stringify(repeatablePrompt([menu]))) as ReturnType<
      typeof repeatablePrompt
    >;
    expect(offeredChoicesOf(repeatedPrompt(stored, 'Ik herhaal het.')[0])?.map((c) => c.title)).toEqual([
      'A',
      'B',
    ]);
    for (const locale of ['en', 'de', 'pl'] as const) {
      expect(localizer.t(locale, REPEAT_INTRO_KEY)).not.toBe(localizer.t('nl', REPEAT_INTRO_KEY));
    }
  });
});

describe('a digit said on its own', () => {
  it.each([
    ['Eén.', '1'],
    ['een', '1'],
    ['One.', '1'],
    ['option one', '1'],
    ['nummer een', '1'],
    ['zwo', '2'],
    ['jedna', '1'],
  ])('"%s" is the digit %s, as an answer to a menu read out', (text, digit) => {
    expect(normalizeSpokenInput(text)).toBe(digit);
  });

  it.each(['Oh.', 'nul', 'twaalf', 'een boete', 'ja'])('"%s" stays what it is', (text) => {
    expect(normalizeSpokenInput(text)).toBe(text);
  });
});

describe('asking to hear it again with a hesitation or an apology first', () => {
  it.each([
    'uhm, can you repeat that',
    'äh, wie bitte?',
    'yyy, proszę powtórzyć',
    'sorry, wat?',
    'Hè?',
    'Excuse me, what?',
  ])('"%s" asks to hear the last prompt again', (text) => {
    expect(isRepeatRequest(text)).toBe(true);
  });

  it.each(['sorry, wat kost het?', 'eh, wat moet ik betalen?', 'uhm, ik wil betalen'])(
    '"%s" is something else',
    (text) => {
      expect(isRepeatRequest(text)).toBe(false);
    },
  );
});

describe('asking for a number again, slowly', () => {
  it.each([
    'wat zei je? ik moet het opschrijven',
    'nog een keer langzaam het nummer',
    'kunt u het nummer nog eens zeggen',
    'langzamer alstublieft',
    'sorry, could you say the number again slowly? I need to write it down',
    'can you repeat the reference number',
    'Können Sie die Nummer noch einmal langsam sagen? Ich muss sie aufschreiben',
    'Proszę powtórzyć numer wolniej, muszę go zapisać',
  ])('"%s" asks for it again, slowly', (text) => {
    expect(isRepeatRequest(text)).toBe(true);
    expect(asksForNumberSlowly(text)).toBe(true);
  });

  it.each(['wat zei u?', 'can you repeat that'])('"%s" asks for it again, not for the number', (text) => {
    expect(isRepeatRequest(text)).toBe(true);
    expect(asksForNumberSlowly(text)).toBe(false);
  });

  it.each(['stuur het nummer nog eens per post', 'ik wil langzaam afbetalen in termijnen'])(
    '"%s" is another request',
    (text) => expect(asksForNumberSlowly(text)).toBe(false),
  );

  it('says the sentences with a number slowly, a pause between the groups, twice; not the times of day', () => {
    const speak = ssml('Uw referentienummer is BR, 2026, 0 7 5 3, 5 7 1 5. Bel van 08:00 tot 17:00.', 'nl');
    const slow = slowNumberRepeat([{ text: '', speak }], 'nl', {
      intro: 'Ik zeg het nummer langzaam.',
      again: 'Nog een keer.',
    });
    expect(slow?.speak).toContain(
      '<prosody rate="slow"><s>Uw referentienummer is BR <break time="700ms"/> 2026 <break time="700ms"/> 0 7 5 3 <break time="700ms"/> 5 7 1 5.</s></prosody>',
    );
    expect(slow?.speak.match(/prosody rate/g)?.length).toBe(2);
    expect(slow?.speak).not.toContain('17:00');
    expect(
      slowNumberRepeat([{ text: '', speak: ssml('Bel van 08:00 tot 17:00.', 'nl') }], 'nl', {
        intro: '',
        again: '',
      }),
    ).toBeUndefined();
  });
});
