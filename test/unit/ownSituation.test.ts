import { tellsOwnSituation } from '../../domain/handoff/ownSituation';

describe('tellsOwnSituation: circumstances told while waiting for a person', () => {
  it.each([
    'ich verdiene nur 1200 euro im monat',
    'ik heb schulden',
    'I lost my job last month',
    'zarabiam tylko 2000 zł miesięcznie',
  ])('"%s" is noted for staff', (text) => expect(tellsOwnSituation(text)).toBe(true));
  it.each(['hoe lang duurt het nog?', 'kan ik in termijnen betalen?', 'ok', 'hallo'])('"%s" is not', (text) =>
    expect(tellsOwnSituation(text)).toBe(false),
  );
});
