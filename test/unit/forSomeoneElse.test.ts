import { writesForSomeoneElse } from '../../domain/language/forSomeoneElse';

describe('writesForSomeoneElse: a citizen writing for another person', () => {
  it.each([
    'mag ik namens mijn opa een regeling aanvragen? hij kan zelf niet met de computer',
    'kan ik voor mijn moeder haar boete opzoeken?',
    'Can I apply for a payment plan on behalf of my grandmother?',
    'Darf ich für meinen Vater eine Ratenzahlung beantragen?',
    'Czy mogę złożyć wniosek w imieniu mojej babci?',
  ])('"%s" asks whether that is allowed', (text) => expect(writesForSomeoneElse(text)).toBe('asksIfAllowed'));

  it.each([
    'ik ben de kleindochter van mevrouw Visser, ze is 80 en heeft een brief van de deurwaarder gekregen',
    'mijn vader heeft een boete gekregen en snapt de brief niet',
    'my mum got a fine and she is very worried',
    'Meine Mutter hat ein Bußgeld bekommen',
    'Moja babcia dostała mandat',
    'dzwonię w imieniu ojca, dostał mandat',
    'piszę w imieniu matki',
  ])('"%s" tells it', (text) => expect(writesForSomeoneElse(text)).toBe('tells'));

  it.each([
    'ik wil een regeling',
    'mijn boete is te hoog',
    'my fine',
    'ich habe ein Bußgeld',
    'mam mandat',
    'kan ik mijn boete in delen betalen?',
  ])('"%s" is not', (text) => expect(writesForSomeoneElse(text)).toBeUndefined());

  it.each([
    'mijn vrouw is overleden en er komt een boete op haar naam',
    'my husband passed away and he has fines',
    'meine Mutter ist verstorben, sie hat noch ein Bußgeld',
    'moja mama zmarła i ma mandat',
  ])('"%s": someone who died, not the "you write for someone else" note', (text) =>
    expect(writesForSomeoneElse(text)).toBeUndefined(),
  );
});
