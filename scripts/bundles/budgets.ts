/**
 * What each function's bundle may weigh, as Lambda stores it (minified ESM, the AWS SDK external:
 * the runtime provides it). Measured 2026-11 by `pnpm check:bundles`: routers 74–162 KB minified
 * (26–36 KB gzip), receivers 139–149 KB (29–33 KB gzip), almost all of it shared-core's pino and
 * the compiled validators. The budget leaves about a third of headroom over the largest, so a
 * normal feature fits and a new dependency that doubles a bundle (a second logger, lodash, the
 * SDK bundled by mistake) does not. Raise it here, with the reason, when a function must grow.
 */
export const BUNDLE_BUDGET = { minifiedBytes: 220_000, gzipBytes: 48_000 } as const;

export type BundleBudget = { readonly minifiedBytes: number; readonly gzipBytes: number };
