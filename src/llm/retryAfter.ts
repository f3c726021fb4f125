/**
 * Retry-After (RFC 9110, 10.2.3): a number of seconds, or an HTTP date. The wait it asks for, in milliseconds, or
 * null when the header is absent or unreadable (the client then backs off on its own schedule).
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date has a weekday and a zone ("Wed, 21 Oct 2015 07:28:00 GMT"); a bare number with a sign or a point
  // is neither form.
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
