import type { IncomingMessage } from 'node:http';

// A request's body can be read from its stream once; the edge's request meter peeks at the
// bodies of the engines that parse their own protocol, so the text is kept for the engine too.
const bodies = new WeakMap<IncomingMessage, Promise<string>>();

const readStream = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
};

/** A request's whole body as UTF-8 text: the engines that parse their own protocol start here. */
export const readBody = (request: IncomingMessage): Promise<string> => {
  let body = bodies.get(request);
  if (!body) {
    body = readStream(request);
    bodies.set(request, body);
  }
  return body;
};
