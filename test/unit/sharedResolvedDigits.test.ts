import { digitRuns, resolveDigits, sharingResolvedDigits } from '../../domain/language/spokenDigits';

describe('resolved digits shared while one message is read', () => {
  it('gives a text its tokens once inside the run, and the same as outside it', () => {
    const outside = resolveDigits('mijn nummer is negen zes 1234');
    sharingResolvedDigits(() => {
      const first = resolveDigits('mijn nummer is negen zes 1234');
      expect(resolveDigits('mijn nummer is negen zes 1234')).toBe(first);
      expect(first).toEqual(outside);
      expect(resolveDigits('1234 AB')).not.toBe(first);
      expect(resolveDigits('mijn nummer is negen zes 1234')).toBe(first);
      expect(digitRuns('mijn nummer is negen zes 1234')[0].digits).toBe('961234');
    });
  });

  it('keeps nothing once the run is over, also when it throws', () => {
    let inside: unknown;
    expect(() =>
      sharingResolvedDigits(() => {
        inside = resolveDigits('twee drie');
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(resolveDigits('twee drie')).not.toBe(inside);
    expect(resolveDigits('twee drie')).not.toBe(resolveDigits('twee drie'));
  });

  it('shares within a nested run and returns what the run returns', () => {
    const result = sharingResolvedDigits(() => {
      const outer = resolveDigits('vijf');
      return sharingResolvedDigits(() => resolveDigits('vijf') === outer);
    });
    expect(result).toBe(true);
  });
});
