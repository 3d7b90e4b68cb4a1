import { prefersChatToCall } from '../../domain/handoff/chatInsteadOfCall';

describe('prefersChatToCall: a call back the citizen cannot or would rather not take', () => {
  it.each([
    'nee bellen kan niet ik heb geen beltegoed, kan het via whatsapp?',
    'ik heb geen beltegoed',
    'kan het ook via de chat?',
    'liever chatten',
    "I have no credit on my phone, can we do it by chat?",
    "I can't talk on the phone",
    'Ich habe kein Guthaben, geht das per Chat?',
    'Nie mam środków na koncie, czy można przez czat?',
  ])('"%s"', (text) => expect(prefersChatToCall(text)).toBe(true));

  it.each(['ja graag', 'nee dank u', 'bel me maar op 0612345678', 'wanneer bellen jullie?'])(
    '"%s" is not',
    (text) => expect(prefersChatToCall(text)).toBe(false),
  );
});
