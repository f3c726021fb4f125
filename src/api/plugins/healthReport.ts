import type { Plugin } from 'graphql-yoga';

/** Given to createYoga as healthCheckEndpoint: yoga's own health check answers there. */
export const HEALTH_ENDPOINT = '/health';

/**
 * Liveness at /health is yoga's own health check (a 200 once the server takes requests).
 * That check answers an empty body and has no option for one, so this plugin writes into
 * its answer the process's memory and uptime, which the load test (scripts/load.ts) and
 * operators watching for leaks read there.
 */
export function useHealthReport(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      // Most answers are to /graphql: their URL is not parsed.
      if (!request.url.includes(HEALTH_ENDPOINT) || new URL(request.url).pathname !== HEALTH_ENDPOINT) return;
      if (response.status !== 200) return;
      const { rss, heapUsed } = process.memoryUsage();
      const report = {
        status: 'ok',
        rssBytes: rss,
        heapUsedBytes: heapUsed,
        uptimeSeconds: Math.round(process.uptime()),
      };
      setResponse(fetchAPI.Response.json(report, { headers: response.headers }));
    },
  };
}
