/**
 * The input of `commerce-compile-schemas` (`pnpm generate`): every catalog schema keyed by the
 * name its compiled validator is exported under in src/validators.generated.ts. Build time only.
 */
import { listEntries } from '../src/catalog/index.js';
import { stripAnnotations } from './lib/compat/annotations.js';
import { validatorNameOf } from './lib/validator-name.js';

// Annotations do not validate anything; leaving them out keeps descriptions out of Lambda bundles.
export const schemas = Object.fromEntries(
  listEntries().map((entry) => [validatorNameOf(entry), stripAnnotations(entry.schema)]),
);
