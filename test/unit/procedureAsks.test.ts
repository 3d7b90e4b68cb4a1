import { procedureAsk } from '../../domain/knowledge/procedureAsks';

describe('procedure questions', () => {
  it.each([
    ['ik heb bezwaar gemaakt', 'objectionFiled'],
    ['ik heb 3 maanden geleden bezwaar gestuurd en nog niks gehoord', 'objectionFiled'],
    ['I appealed 3 months ago', 'objectionFiled'],
    ['Ich habe Einspruch eingelegt', 'objectionFiled'],
    ['złożyłem odwołanie', 'objectionFiled'],
    ['ik ben te laat met bezwaar', 'objectionLate'],
    ['can I still appeal, the 6 weeks passed? it is too late', 'objectionLate'],
    ['taakstraf niet gedaan wat gebeurt er nu', 'taakstrafNotDone'],
    ['wat is een taakstraf', 'taakstrafAsked'],
    ['wanneer hoor ik iets over mijn beroep', 'objectionFiled'],
    ['hoe lang duurt het voordat ik een beslissing krijg op mijn bezwaar', 'objectionFiled'],
    ['what is the status of my appeal', 'objectionFiled'],
    ['wie steht es um meinen Einspruch', 'objectionFiled'],
    ['kiedy dostanę odpowiedź na odwołanie', 'objectionFiled'],
    ['ik moet een taakstraf doen, gaat dat ook via jullie', 'taakstrafAsked'],
    ['I have to do community service, is that you too?', 'taakstrafAsked'],
    ['verschil tussen mulder boete en strafbeschikking', 'mulderVsPunitive'],
  ])('"%s" is %s', (text, lead) => {
    expect(procedureAsk(text)?.lead).toBe(lead);
  });

  it.each([
    'hoe maak ik bezwaar',
    'ik heb verzet gedaan tegen de strafbeschikking',
    'hoe lang heb ik om bezwaar te maken',
  ])('"%s" is none', (text) => {
    expect(procedureAsk(text)).toBeUndefined();
  });
});

describe('an appeal rejected', () => {
  it.each([
    ['mijn bezwaar is afgewezen wat nu', 'court_appeal'],
    ['my appeal was dismissed', 'court_appeal'],
    ['mein Einspruch wurde abgelehnt', 'court_appeal'],
    ['moje odwołanie zostało odrzucone', 'court_appeal'],
    ['de kantonrechter heeft mijn beroep afgewezen', 'court_of_appeal'],
    ['the judge rejected my appeal', 'court_of_appeal'],
  ])('"%s": the next step, %s', (text, topicId) => {
    expect(procedureAsk(text)).toEqual({ topicId });
  });

  it('a refused payment arrangement is no rejected appeal', () => {
    expect(procedureAsk('mijn betalingsregeling is afgewezen, kan ik bezwaar maken')).toBeUndefined();
  });
});
