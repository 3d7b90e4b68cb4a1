import { sanctionInPartsAsk, sanctionOutsideTable } from '../../domain/knowledge/sanctionInParts';

describe('sanctions whose instalments the traffic-fine table does not settle', () => {
  it.each([
    ['ik heb een ontnemingsmaatregel van 40000 euro, kan ik dat in termijnen', 'confiscation'],
    ['I have a confiscation order of 12000 euros, can I pay in instalments?', 'confiscation'],
    ['Einziehungsentscheidung über 8000 Euro in Raten?', 'confiscation'],
    ['przepadek korzyści 20000 euro w ratach', 'confiscation'],
    ['ik moet 3000 euro schadevergoeding betalen aan het slachtoffer kan dat in termijnen', 'compensation'],
    ['boete uit frankrijk van 135 euro, kan ik dat in termijnen betalen', 'european'],
    ['a speeding fine from Belgium, can I pay in instalments', 'european'],
    ['Bußgeld aus Österreich in Raten', 'european'],
    ['mandat z niemiec, czy mogę w ratach', 'european'],
    ['kan ik een europese boete in termijnen betalen', 'european'],
    ['ik heb een boete van de rechter van 600 euro, in delen?', 'courtFine'],
    ['can I pay a court fine in instalments', 'courtFine'],
  ])('"%s" names %s', (text, kind) => {
    expect(sanctionOutsideTable(text)).toBe(kind);
  });

  it.each([
    'ik heb een verkeersboete van 600 euro, kan ik in termijnen betalen',
    'ik heb een strafbeschikking van 500 euro, kan dat in termijnen',
    'krijg ik mijn schadevergoeding van de dader in termijnen?',
  ])('"%s" names none of them', (text) => {
    expect(sanctionOutsideTable(text)).toBeUndefined();
  });

  it('gives the sanction its own answer only when paying in parts is asked', () => {
    expect(sanctionInPartsAsk('ontnemingsmaatregel in termijnen?')).toEqual({
      topicId: 'beyond_knowledge',
      lead: 'confiscationInParts',
    });
    expect(sanctionInPartsAsk('wat is een ontnemingsmaatregel?')).toBeUndefined();
    expect(sanctionInPartsAsk('Europese boete, kan ik in termijnen betalen?')?.lead).toBe('europeanInParts');
  });
});
