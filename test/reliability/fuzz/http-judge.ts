import type { Answer, FuzzRequest } from './http.js';

/** As shared-core takes a caller's `x-correlation-id`: printable ASCII without spaces, 1 to 128. */
const USABLE_CORRELATION_ID = /^[\x21-\x7e]{1,128}$/;

const problemsOfProblem = (body: unknown, answer: Answer): string[] => {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const wrong: string[] = [];
  if (!String(answer.headers['content-type']).startsWith('application/problem+json'))
    wrong.push('an error without content-type application/problem+json');
  if (typeof problem['type'] !== 'string' || !/^urn:commerce:problem:[a-z-]+$/.test(problem['type']))
    wrong.push('no problem type');
  for (const field of ['title', 'detail', 'instance'])
    if (typeof problem[field] !== 'string' || problem[field] === '') wrong.push(`no ${field}`);
  if (problem['status'] !== answer.status) wrong.push(`status ${String(problem['status'])} in the body`);
  if (typeof problem['code'] !== 'string' || !/^[A-Z_]+$/.test(problem['code'])) wrong.push('no error code');
  if (problem['correlationId'] !== answer.headers['x-correlation-id'])
    wrong.push('a correlationId other than the x-correlation-id header');
  return wrong;
};

/**
 * The properties every answer must have, whatever was asked: no 5xx; JSON (the dashboard's page
 * aside); an error in the shared problem shape when the service answered; a 4xx for input that is
 * wrong by construction; and the caller's usable correlation id echoed. Throws, naming each broken
 * property, or tells who answered.
 */
export const judge = (request: FuzzRequest, answer: Answer, { page = false } = {}): 'service' | 'gateway' => {
  const wrong: string[] = [];
  const contentType = String(answer.headers['content-type'] ?? '');
  const byService = answer.headers['x-correlation-id'] !== undefined;
  if (answer.status >= 500) wrong.push(`a ${answer.status}`);
  if (request.bad && (answer.status < 400 || answer.status > 499)) wrong.push('not a 4xx for bad input');
  let body: unknown;
  if (!(page && answer.status === 200 && contentType.startsWith('text/html'))) {
    try {
      body = JSON.parse(answer.text);
      if (!/^application\/(problem\+)?json\b/.test(contentType)) wrong.push(`content-type "${contentType}"`);
    } catch {
      wrong.push('a body that is not JSON');
    }
  }
  if (byService && answer.status >= 400) wrong.push(...problemsOfProblem(body, answer));
  const given = request.headers['x-correlation-id']?.trim();
  if (byService && given && USABLE_CORRELATION_ID.test(given) && answer.headers['x-correlation-id'] !== given)
    wrong.push('the caller’s x-correlation-id not echoed');
  if (wrong.length > 0) {
    throw new Error(
      `${request.method} ${request.target.slice(0, 200)} answered ${answer.status} ` +
        `${answer.text.slice(0, 400)}\nbroken: ${wrong.join('; ')}`,
    );
  }
  return byService ? 'service' : 'gateway';
};
