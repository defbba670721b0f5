import type { RequestFields } from './request-fields.js';

/** One API action: the request's JSON fields in, the response's JSON out. */
export type Action = (request: RequestFields) => object | Promise<object>;

/** Actions by name, as `X-Amz-Target: AWSEvents.<name>` names them. */
export type ActionTable = Readonly<Record<string, Action>>;
