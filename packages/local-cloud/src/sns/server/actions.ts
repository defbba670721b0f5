import type { QueryParams } from './query-params.js';
import type { XmlStruct } from './xml.js';

/** One SNS action: the request's parameters in, the content of `<ActionResult>` out (none for DeleteTopic and the like). */
export type ActionHandler = (params: QueryParams) => XmlStruct | undefined | Promise<XmlStruct | undefined>;

export type ActionTable = Readonly<Record<string, ActionHandler>>;
