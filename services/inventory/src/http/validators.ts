import type { SchemaValidator } from '@commerce/shared-core/events';
import type { StockUpdateBody } from './schemas.js';
import { validateStockUpdate as compiled } from './validators.generated.js';

/** `PUT /inventory/{sku}` body: `{ available, price }`, whole numbers, not negative. */
export const validateStockUpdate = compiled as SchemaValidator<StockUpdateBody>;
