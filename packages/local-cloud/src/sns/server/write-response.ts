import type { ServerResponse } from 'node:http';
import type { SnsError } from './sns-error.js';
import { renderXml, type XmlStruct } from './xml.js';

const NAMESPACE = ' xmlns="http://sns.amazonaws.com/doc/2010-03-31/"';

const send = (response: ServerResponse, status: number, requestId: string, document: string): void => {
  const body = `<?xml version="1.0"?>\n${document}`;
  response.writeHead(status, {
    'content-type': 'text/xml',
    'x-amzn-requestid': requestId,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
};

/**
 * `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>...` as AWS answers a
 * successful call; actions with nothing to return (DeleteTopic, Unsubscribe) have no Result element.
 */
export const writeResult = (
  response: ServerResponse,
  action: string,
  requestId: string,
  result: XmlStruct | undefined,
): void => {
  const content: XmlStruct = {
    ...(result ? { [`${action}Result`]: result } : {}),
    ResponseMetadata: { RequestId: requestId },
  };
  send(response, 200, requestId, renderXml(`${action}Response`, content, NAMESPACE));
};

/** AWS's query-protocol ErrorResponse: Type, Code and Message, with the error's HTTP status. */
export const writeError = (response: ServerResponse, requestId: string, error: SnsError): void => {
  const message = error.expose ? error.message : 'The local SNS engine failed; see its stderr';
  const content: XmlStruct = {
    Error: { Type: error.fault, Code: error.code, Message: message },
    RequestId: requestId,
  };
  send(response, error.status, requestId, renderXml('ErrorResponse', content, NAMESPACE));
};
