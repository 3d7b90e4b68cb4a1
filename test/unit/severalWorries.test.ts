import { worriesIn } from '../../domain/handoff/severalWorries';

describe('worriesIn', () => {
  it('finds each worry of a long message, the most urgent first', () => {
    expect(
      worriesIn(
        'hallo ik heb een boete gekregen voor 22 km te hard maar ik reed niet zelf, mijn broer had de auto, en ik zit in de schuldhulp, en de brief zegt dat ik binnen 2 weken moet betalen anders komt de deurwaarder. wat moet ik eerst doen?',
      ),
    ).toEqual(['deadline', 'debtHelp', 'notDriver']);
    expect(
      worriesIn(
        'ik lag in het ziekenhuis, kan die verhoging eraf? en ik heb een nieuwe boete gekregen, kan die in dezelfde regeling? en kunnen ze mijn rijbewijs afpakken?',
      ),
    ).toEqual(['increaseWaiver', 'newFineInArrangement', 'licence']);
    expect(
      worriesIn('mijn uitkering is gestopt en ik heb al een 2e aanmaning, pakken ze nu mijn auto af?'),
    ).toEqual(['incomeLost', 'car']);
    expect(
      worriesIn(
        'I lost my job last month and now I got a new fine, can it go in my payment plan? Will they take my driving licence?',
      ),
    ).toEqual(['incomeLost', 'newFineInArrangement', 'licence']);
  });

  it('a short message, or a long one with one worry, is no list', () => {
    expect(worriesIn('kunnen ze mijn rijbewijs afpakken?')).toEqual([]);
    expect(
      worriesIn(
        'ik heb een boete gekregen voor te hard rijden maar ik reed niet zelf, mijn broer had de auto geleend',
      ),
    ).toEqual([]);
  });
});
