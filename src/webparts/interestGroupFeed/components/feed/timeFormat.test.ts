import { exactTime, relativeTime } from './timeFormat';

const NOW = Date.parse('2026-12-03T12:00:00Z');

describe('message times', () => {
  it('says how long ago in the viewer’s language', () => {
    expect(relativeTime('2026-12-03T11:59:40Z', 'en-us', NOW)).toBe('now');
    expect(relativeTime('2026-12-03T09:00:00Z', 'en-us', NOW)).toBe('3 hours ago');
    expect(relativeTime('2026-12-02T10:00:00Z', 'en-us', NOW)).toBe('yesterday');
    expect(relativeTime('2026-12-03T09:00:00Z', 'nl-nl', NOW)).toBe('3 uur geleden');
    expect(relativeTime('2026-10-01T09:00:00Z', 'nl-nl', NOW)).toBe('2 maanden geleden');
  });

  it('gives the exact time for the hover text', () => {
    expect(exactTime('2026-12-03T09:05:00Z', 'en-us')).toMatch(/Thursday, December 3, 2026/);
    expect(exactTime('2026-12-03T09:05:00Z', 'nl-nl')).toMatch(/donderdag 3 december 2026/);
  });
});
