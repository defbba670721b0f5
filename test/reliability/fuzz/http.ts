import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/**
 * A request body as a small description, so a failing case prints as a line, not as megabytes.
 * `text` is sent as UTF-8 (a lone surrogate becomes U+FFFD, as any encoder writes it); `bytes` as
 * they are (invalid UTF-8 included); `json` through JSON.stringify (a lone surrogate escaped as
 * `\udXXX`); `padded` is a JSON object whose one string takes that many bytes; `nested` that many
 * arrays inside one another.
 */
export type BodySpec =
  { text: string } | { bytes: number[] } | { json: unknown } | { padded: number } | { nested: number };

/** One request of the fuzz. `bad` says it is wrong by construction: only a 4xx is a right answer. */
export interface FuzzRequest {
  method: string;
  /** Path and query string, as written on the request line (already percent-encoded, or not). */
  target: string;
  headers: Record<string, string>;
  body?: BodySpec;
  bad: boolean;
}

/**
 * API Gateway HTTP APIs take at most 10,240 bytes of request line and header values together (a
 * documented quota); a bigger request is refused by the gateway alone (Node's server in the
 * emulation answers 431 with no body), so requests are kept within it.
 */
export const fitsTheGateway = (request: FuzzRequest): boolean =>
  Buffer.byteLength(`${request.method} ${request.target} HTTP/1.1`) +
    Object.values(request.headers).reduce((total, value) => total + Buffer.byteLength(value, 'latin1'), 0) <=
  10_240;

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Times the function ran past its timeout under `sls offline` before this answer (see `send`). */
  timeouts: number;
}

export const bodyBytes = (body: BodySpec): Buffer => {
  if ('text' in body) return Buffer.from(body.text, 'utf8');
  if ('bytes' in body) return Buffer.from(body.bytes);
  if ('json' in body) return Buffer.from(JSON.stringify(body.json) ?? 'undefined', 'utf8');
  if ('padded' in body) return Buffer.from(`{"customerId":"${'x'.repeat(body.padded)}"}`, 'utf8');
  return Buffer.from(`${'['.repeat(body.nested)}${']'.repeat(body.nested)}`, 'utf8');
};

/**
 * Sends the request with node:http, which writes the target as given: fetch would normalise it
 * (resolve `..`, re-encode) and set a content-type of its own.
 */
const sendOnce = (baseUrl: string, request: FuzzRequest): Promise<Omit<Answer, 'timeouts'>> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const body = request.body ? bodyBytes(request.body) : undefined;
    const outgoing = httpRequest(
      { hostname, port, method: request.method, path: request.target, headers: request.headers, timeout: 60_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    // A server may answer (413) and close before a huge body is written; the answer is what counts.
    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in 60 s: ${request.method} ${request.target}`)));
    outgoing.end(body);
  });

const timedOut = (answer: Omit<Answer, 'timeouts'>): boolean =>
  answer.status === 200 && answer.text.includes('"errorType":"LambdaTimeoutError"');

/**
 * Sends a request and reads the answer. `sls offline` answers a function that ran past its timeout
 * with 200 and Lambda's error object (API Gateway would answer 503): on a loaded two-core machine
 * that is slowness, not the input, so the request is sent again, up to three times, before it
 * counts as the 503 it would be.
 */
export const send = async (baseUrl: string, request: FuzzRequest): Promise<Answer> => {
  for (let timeouts = 0; ; timeouts += 1) {
    const answer = await sendOnce(baseUrl, request);
    if (!timedOut(answer)) return { ...answer, timeouts };
    // Seen as AWS would show it, so the judge counts it as the 5xx it is.
    if (timeouts === 3) return { ...answer, status: 503, timeouts };
  }
};
