import type { SchemaValidator } from '@commerce/shared-core/events';
import type { PlaceOrderRequest } from '../domain/place-order.js';
import { validatePlaceOrder as compiled } from './validators.generated.js';

/** `POST /orders` body: `{ customerId, items: [{ sku, quantity }], paymentToken }`, as OrderPlaced carries them. */
export const validatePlaceOrder = compiled as SchemaValidator<PlaceOrderRequest>;
