import { buildHandoffSummary } from '../../domain/handoff/handoffSummary';

describe('the handoff summary records a language the assistant does not speak', () => {
  const base = { locale: 'en', channelId: 'sms', reason: 'citizen_request' as const, recent: [] };

  it('the language the citizen wrote in, for staff (an interpreter may be needed)', () => {
    expect(buildHandoffSummary({ ...base, writtenLanguage: 'uk' }).writtenLanguage).toBe('uk');
  });

  it('no such field for a citizen writing a supported language', () => {
    expect(buildHandoffSummary(base)).not.toHaveProperty('writtenLanguage');
  });
});
