import { directAnswer } from '../../domain/knowledge/directAnswer';
import { followUpTopic, skipsAppeal } from '../../domain/knowledge/followUpTopic';

describe('"and if I don\'t?" after the appeal', () => {
  it.each([
    'en als ik dat niet doe?',
    'and if I don’t?',
    'und wenn ich das nicht mache?',
    'a jeśli tego nie zrobię?',
  ])('"%s": the fine stands, in short', (text) => {
    expect(skipsAppeal(text)).toBe(true);
    expect(followUpTopic('objection', text)).toBe('objection');
    expect(directAnswer('objection', text)).toBe('objectionSkipped');
  });

  it('"en dan?" after the appeal is still the step after it (the subdistrict court)', () => {
    expect(skipsAppeal('en dan?')).toBe(false);
    expect(followUpTopic('objection', 'en dan?')).toBe('court_appeal');
  });

  it('"and if I don\'t pay?" after the increases is still what not paying brings', () => {
    expect(followUpTopic('late_payment', 'en als ik niet betaal?')).toBe('enforcement');
  });

  it('after the kantonrechter, "en daarna?" is the court of appeal; "and if I don\'t?" what follows without it', () => {
    expect(followUpTopic('court_appeal', 'en daarna naar het hof?')).toBe('court_of_appeal');
    expect(followUpTopic('court_appeal', 'en daarna?')).toBe('court_of_appeal');
    expect(directAnswer('court_appeal', 'en daarna?')).toBeUndefined();
    expect(directAnswer('court_appeal', 'en als ik niet in beroep ga?')).toBe(
      'faqParts:court_appeal.consequence',
    );
    expect(directAnswer('court_appeal', "and if I don't?")).toBe('faqParts:court_appeal.consequence');
  });
});
