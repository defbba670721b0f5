import fc from 'fast-check';
import type { SagaSystem } from '../e2e/saga-system.js';
import { declaredRoutes } from './fuzz/declared.js';
import { send } from './fuzz/http.js';
import { judge } from './fuzz/http-judge.js';
import { ROUTES } from './fuzz/routes.js';
import { FUZZ_SEED, RUNS, checkProperty } from './fuzz/seed.js';
import { startFuzzSystem } from './fuzz/system.js';
import { countAnswer, fuzzFigures, routeTally, type RouteTally } from './fuzz/tallies.js';
import { recordFigures } from './figures.js';

/**
 * Bad input on every route of the running system (issue #7), as `pnpm dev` runs it: odd requests
 * over HTTP through the API Gateway emulation. Inputs come from fast-check with one seed
 * (`FUZZ_SEED`), a fixed number per route.
 */
describe('bad input on every route', () => {
  const started = Date.now();
  let saga: SagaSystem;
  /** What every test saw, for the figures; a test adds its name to `passed` once its assertions held. */
  const passed = new Set<string>();
  const routes = new Map<string, RouteTally>();

  beforeAll(async () => {
    saga = await startFuzzSystem();
  }, 600_000);

  afterAll(async () => {
    await saga?.stop();
  }, 120_000);

  it('fuzzes every route the services declare', () => {
    expect(ROUTES.map((route) => `${route.service} ${route.key}`).sort()).toEqual(declaredRoutes());
  });

  describe('routes, over HTTP', () => {
    it.each(ROUTES)(
      '$key never answers 5xx, answers JSON, and answers bad input with a 4xx problem',
      async (route) => {
        const tally = routeTally();
        routes.set(route.key, tally);
        const baseUrl = saga.system.urls.get(route.service)!;

        await checkProperty(
          route.key,
          fc.asyncProperty(route.requests, async (request) => {
            const answer = await send(baseUrl, request);
            let by: 'service' | 'gateway' | undefined;
            try {
              by = judge(request, answer, { page: route.page });
            } finally {
              countAnswer(tally, answer, by);
            }
          }),
          RUNS.route,
        );

        expect(tally.serverErrors).toBe(0);
        passed.add(route.key);
      },
      600_000,
    );
  });

  it('records its figures once every property held', () => {
    expect([...passed].sort()).toEqual(ROUTES.map((route) => route.key).sort());
    const figures = fuzzFigures(routes);
    expect(figures).toMatchObject({ '5xx seen': 0 });

    recordFigures('fuzz', {
      seed: FUZZ_SEED,
      ...figures,
      'run time (s)': Math.round((Date.now() - started) / 1000),
    });
  });
});
