import type { SchemaValidator } from './contract.js';
import type { EventEnvelope } from './envelope.js';
import { validateEnvelope as compiled } from './envelope.validator.generated.js';

/** Checks the envelope fields of an event (not its `data`: that is the contract's job). */
export const validateEnvelope = compiled as SchemaValidator<EventEnvelope>;
