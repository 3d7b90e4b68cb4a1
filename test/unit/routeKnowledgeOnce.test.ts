import { routeKnowledge } from '../../domain/knowledge/routeKnowledge';

const recognition = (text: string) => ({ text, entities: {}, ranked: [] });

describe('routeKnowledge worked out once per recognition and intent', () => {
  it('gives the same route again for the same recognition and intent', () => {
    const asked = recognition('Kan ik in termijnen betalen?');
    const first = routeKnowledge(asked, 'payment_arrangement');
    expect(routeKnowledge(asked, 'payment_arrangement')).toBe(first);
    expect(first).toEqual({ kind: 'topic', topicId: 'instalments' });
  });

  it('works out another intent of the same recognition on its own', () => {
    const asked = recognition('Ik wil een betalingsregeling aanvragen');
    expect(routeKnowledge(asked, 'payment_arrangement')).toEqual({ kind: 'flow' });
    expect(routeKnowledge(asked, undefined)).toEqual({ kind: 'none' });
    expect(routeKnowledge(asked, 'payment_arrangement')).toEqual({ kind: 'flow' });
  });

  it('routes a new recognition of the same words afresh, with the same outcome', () => {
    const first = routeKnowledge(recognition('Kan ik in termijnen betalen?'), 'payment_arrangement');
    const again = routeKnowledge(recognition('Kan ik in termijnen betalen?'), 'payment_arrangement');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
