import { withRecentResults } from '../../domain/language/recentResults';

describe('withRecentResults', () => {
  it('computes a text once while it is recent and gives the same answer', () => {
    let computed = 0;
    const upper = withRecentResults((text: string) => {
      computed++;
      return text.toUpperCase();
    });
    expect(upper('boete')).toBe('BOETE');
    expect(upper('boete')).toBe('BOETE');
    expect(computed).toBe(1);
  });

  it('forgets everything when full, so distinct texts never grow it', () => {
    let computed = 0;
    const length = withRecentResults((text: string) => {
      computed++;
      return text.length;
    }, 2);
    length('a');
    length('bb');
    length('ccc'); // full: cleared, then 'ccc' kept
    length('a');
    expect(computed).toBe(4);
    expect(length('ccc')).toBe(3);
    expect(computed).toBe(4);
  });

  it('keeps a "no" answer too: undefined and false are computed once', () => {
    let computed = 0;
    const none = withRecentResults((text: string) => {
      computed++;
      return text === 'ja' ? true : undefined;
    });
    none('boete');
    none('boete');
    expect(computed).toBe(1);
  });
});
