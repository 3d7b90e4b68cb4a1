import {
  chitChatOf,
  endsConversation,
  isSarcasticThanks,
  saysNotMeant,
  saysThanks,
} from '../../domain/language/conversationCues';

describe('conversation cues', () => {
  it.each([
    "thanks, that's all",
    'ok thanks bye',
    'dziękuję, to wszystko',
    'dzięki, pa',
    'dank je wel dag',
    'oké bedankt, doei',
    'danke, tschüss',
    'thx bye',
    'nee hoor, dat was het',
    'bedankt, ik bel later wel terug',
    'ik kom er morgen op terug',
    "ok I'll call back later",
    'danke, ich rufe später nochmal an',
    'dziękuję, zadzwonię później',
  ])('"%s" ends the conversation', (text) => expect(endsConversation(text)).toBe(true));

  it.each([
    'dag',
    'is het dag?',
    'dag van de boete',
    'ok',
    'bedankt',
    'later betalen',
    'wat is de dag?',
    'kan ik later betalen',
    'kunt u mij later terugbellen',
    'can you call me back later',
  ])('"%s" does not end it', (text) => expect(endsConversation(text)).toBe(false));

  it.each([
    'nee dat bedoel ik niet',
    "no that's not what I meant",
    'nein, das meine ich nicht',
    'nie o to mi chodzi',
  ])('"%s" says the answer missed the point', (text) => expect(saysNotMeant(text)).toBe(true));
  it('a question is no "not meant"', () => expect(saysNotMeant('hoe kan ik betalen?')).toBe(false));

  it.each<[string, string | undefined]>([
    ['lol', 'laugh'],
    ['haha', 'laugh'],
    ['😂', 'laugh'],
    ['hoe gaat het met je?', 'howAreYou'],
    ['how are you?', 'howAreYou'],
    ['je bent top', 'compliment'],
    ['hoe betaal ik?', undefined],
  ])('"%s" is chit-chat %s', (text, kind) => expect(chitChatOf(text)).toBe(kind));

  it.each(['ok danke', 'oke bedankt', 'top, dankjewel!', 'ok dzięki'])('"%s" is thanks', (text) =>
    expect(saysThanks(text)).toBe(true),
  );
  it.each(['ja', 'ok', 'ja, die erste bitte'])('"%s" is no thanks', (text) =>
    expect(saysThanks(text)).toBe(false),
  );
});

describe('isSarcasticThanks', () => {
  it.each([
    'super bedankt voor niks hoor, ik wil klagen',
    'nou bedankt voor helemaal niets',
    'thanks for nothing',
    'thank you for nothing, useless bot',
    'Danke für nichts!',
    'dzięki za nic',
  ])('"%s" is sarcasm', (text) => {
    expect(isSarcasticThanks(text)).toBe(true);
  });

  it.each([
    'bedankt voor de hulp',
    'thanks for your help',
    'danke für die Auskunft',
    'dzięki za pomoc',
    'niks te danken',
  ])('"%s" is not', (text) => {
    expect(isSarcasticThanks(text)).toBe(false);
  });
});
