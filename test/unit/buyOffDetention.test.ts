import { asksBuyOffDetention } from '../../domain/knowledge/enforcementIfUnpaid';
import { normalizeQuestion } from '../../domain/knowledge/normalizeQuestion';

describe('asksBuyOffDetention', () => {
  it.each([
    'ik moet nog twintig dagen zitten, kan ik dat afkopen',
    'kan ik vervangende hechtenis afkopen door te betalen',
    'can I buy off my replacement detention by paying?',
    'kann ich die Ersatzhaft durch Zahlen abwenden?',
    'czy mogę wykupić areszt zastępczy?',
  ])('paying to avoid detention: "%s"', (text) => expect(asksBuyOffDetention(normalizeQuestion(text))).toBe(true));

  it.each(['kan ik de boete afkopen', 'hoe lang duurt gijzeling?', 'how do I pay my fine?'])(
    'not about buying off detention: "%s"',
    (text) => expect(asksBuyOffDetention(normalizeQuestion(text))).toBe(false),
  );
});
