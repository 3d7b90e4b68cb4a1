import { asksAboutWaiting, impatientWithQueue } from '../../domain/handoff/waitingQuestion';

describe('asking how long the queue takes, in other words', () => {
  it.each([
    'hoe lang duurt het nog?',
    'hoelang nog??',
    'duurt het nog lang?',
    'wanneer ben ik aan de beurt?',
    'how long will it take?',
    'how much longer?',
    'when will someone talk to me?',
    'Wie lange dauert das noch?',
    'Dauert es noch lange?',
    'długo jeszcze?',
    'jak długo to jeszcze potrwa?',
    'hoeveel mensen staan er nog voor mij?',
    'how many people are ahead of me?',
    'wie viele sind vor mir?',
    'ile osób jest przede mną?',
    'is daar iemand?',
    'hello? is anyone there',
    'Ist da jemand?',
    'czy ktoś tam jest?',
    'ile muszę czekać?',
    'ile czasu będę jeszcze czekać',
    'how long do I have to wait?',
    'wie lange muss ich warten?',
    'wie lange warte ich noch',
    'hoe lang wacht ik nog?',
  ])('%s', (text) => {
    expect(asksAboutWaiting(text)).toBe(true);
  });

  it.each(['hoe betaal ik?', 'how do I pay?', 'wann muss ich zahlen?', 'ile muszę zapłacić?'])(
    'not %s',
    (text) => {
      expect(asksAboutWaiting(text)).toBe(false);
    },
  );

  it.each([
    'waarom duurt het zo lang?',
    'waarom moet ik zolang wachten',
    'ik wacht al een kwartier',
    'why is it taking so long?',
    "I've been waiting for ages",
    'Warum dauert das so lange?',
    'ich warte schon 10 Minuten',
    'dlaczego to tak długo trwa?',
    'czekam już pół godziny',
  ])('impatient: %s', (text) => {
    expect(impatientWithQueue(text)).toBe(true);
  });

  it('a question about fines that takes long is not impatience with the queue', () => {
    expect(impatientWithQueue('waarom duurt het zo lang voordat mijn betaling verwerkt is')).toBe(false);
  });
});
