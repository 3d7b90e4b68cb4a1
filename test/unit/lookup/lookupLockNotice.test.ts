import { lockReopening } from '../../../domain/claims/lookupLockNotice';

describe('lockReopening: when a locked lookup may be tried again', () => {
  const now = new Date('2026-11-22T09:30:00Z');

  it('says the Dutch clock time, rounded up to the minute, and the minutes until then', () => {
    expect(lockReopening(new Date('2026-11-22T09:44:30Z'), now, 'nl')).toEqual({
      time: '10:45',
      minutes: 15,
    });
    expect(lockReopening(new Date('2026-11-22T09:45:00Z'), now, 'en')).toEqual({
      time: '10:45',
      minutes: 15,
    });
  });

  it('uses summer time in summer and never fewer than one minute', () => {
    const summer = new Date('2026-07-01T12:00:00Z');
    expect(lockReopening(new Date('2026-07-01T12:00:10Z'), summer, 'de')).toEqual({
      time: '14:01',
      minutes: 1,
    });
  });
});
