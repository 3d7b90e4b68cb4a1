import { listInSentence } from '../../domain/language/listInSentence';

describe('listInSentence', () => {
  it('joins with "and" and starts each item in lower case', () => {
    expect(listInSentence(['Snelheidsovertreding van 14 km/u', 'Door rood licht rijden'], 'nl')).toBe(
      'snelheidsovertreding van 14 km/u en door rood licht rijden',
    );
    expect(listInSentence(['Speeding', 'Running a red light', 'Parking'], 'en')).toBe(
      'speeding, running a red light and parking',
    );
    expect(listInSentence(['Mandat', 'Parkowanie'], 'pl')).toBe('mandat i parkowanie');
  });
  it('keeps German nouns and abbreviations as written', () => {
    expect(listInSentence(['Geschwindigkeitsüberschreitung', 'Rotlichtverstoß'], 'de')).toBe(
      'Geschwindigkeitsüberschreitung und Rotlichtverstoß',
    );
    expect(listInSentence(['CJIB-boete'], 'nl')).toBe('CJIB-boete');
  });
});
