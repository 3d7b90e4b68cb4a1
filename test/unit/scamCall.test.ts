import { isCjibCallerScam } from '../../domain/knowledge/scamCall';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

const scam = (text: string): boolean => isCjibCallerScam(normalizeQuestion(text));

describe('a caller in the CJIB name demanding payment', () => {
  it.each([
    'ik werd gebeld door iemand van het cjib die zei dat ik moest betalen anders word ik opgepakt',
    'er belde een man namens het CJIB, ik moet 300 euro overmaken',
    'iemand van het cjib heeft me gebeld over een boete, moest meteen betalen',
    'ik kreeg een telefoontje van het cjib, is dat echt?',
    'someone called me from the CJIB and said I have to pay today',
    'I got a phone call from the CJIB asking for my bank details',
    'Jemand vom CJIB hat mich angerufen, ich soll sofort zahlen',
    'Ich habe einen Anruf vom CJIB bekommen, sonst werde ich verhaftet',
    'dzwonił do mnie ktoś z cjib i kazał zapłacić',
    'ktoś zadzwonił w imieniu cjib, grozi mi areszt',
  ])('"%s" is such a call', (text) => {
    expect(scam(text)).toBe(true);
  });

  it.each([
    'ik heb het cjib gebeld en moet nu 200 euro betalen',
    'I called the CJIB and they said I have to pay',
    'Ich habe beim CJIB angerufen, muss ich zahlen?',
    'zadzwoniłem do cjib, muszę zapłacić',
    'ik werd gebeld door mijn moeder over de boete',
    'kan het cjib mij terugbellen?',
  ])('"%s" is not', (text) => {
    expect(scam(text)).toBe(false);
  });
});
