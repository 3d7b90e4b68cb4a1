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
});
