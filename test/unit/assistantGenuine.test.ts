import { asksIfAssistantGenuine } from '../../domain/knowledge/assistantGenuine';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

const asks = (text: string): boolean => asksIfAssistantGenuine(normalizeQuestion(text));

describe('doubt whether this is the CJIB at all', () => {
  it.each([
    'is dit wel echt het CJIB?',
    'bent u echt van het CJIB?',
    'praat ik echt met het CJIB?',
    'is deze chat wel echt?',
    'is this really the CJIB?',
    'are you actually the CJIB?',
    'am I really talking to the CJIB?',
    'is this chat legit?',
    'ist das wirklich das CJIB?',
    'spreche ich wirklich mit dem CJIB?',
    'czy to naprawdę CJIB?',
    'czy naprawdę rozmawiam z CJIB?',
    'is dit een officiële chat van het CJIB?',
    'czy to oficjalna strona CJIB?',
    'how do I know you are really from the CJIB?',
    'is this a real CJIB chat?',
    'is dit een echte cjib chat?',
    'ist das ein echter CJIB-Chat?',
  ])('"%s"', (text) => expect(asks(text)).toBe(true));

  it.each([
    'is dit echt het CJIB-nummer?',
    'is this really the CJIB number?',
    'is deze brief echt?',
    'ik heb echt geen geld',
    'waar staat het CJIB-nummer?',
    'I really need to talk to the CJIB',
  ])('not "%s"', (text) => expect(asks(text)).toBe(false));
});
