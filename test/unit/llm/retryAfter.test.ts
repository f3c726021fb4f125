import { retryAfterMs } from '../../../src/llm/retryAfter';

describe('Retry-After, in seconds or as an HTTP date', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');

  test.each([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    [' 3 ', 3000],
  ])('%j seconds', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });

  test('an HTTP date is the time left until it', () => {
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:30:00 GMT', now)).toBe(120_000);
  });

  test('a date already past asks for no wait', () => {
    expect(retryAfterMs('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
  });

  test.each([null, '', '-5', '1.5', 'soon', 'Someday, 99 Foo 2015'])('%j is unreadable: null', (header) => {
    expect(retryAfterMs(header, now)).toBeNull();
  });
});
