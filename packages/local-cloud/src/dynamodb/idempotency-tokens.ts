import { DynamoDbError } from './dynamodb-errors.js';

/** "A client request token is valid for 10 minutes after the first request that uses it is completed." */
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

interface Committed {
  readonly fingerprint: string;
  readonly expiresAt: number;
}

/**
 * The ClientRequestTokens of committed transactions, per the TransactWriteItems API reference:
 * the same token with the same request within 10 minutes succeeds again without re-applying;
 * with a different request it is an IdempotentParameterMismatchException.
 * Only commits are remembered: the SDK fills in a token itself and reuses it when it retries, and a
 * cancelled transaction changed nothing, so running its retry again is what makes the retry useful.
 */
export class IdempotencyTokens {
  readonly #committed = new Map<string, Committed>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether this request already committed under `token`; throws if the token was used for another. */
  isReplay(token: string | undefined, fingerprint: string): boolean {
    this.#forgetExpired();
    const committed = token === undefined ? undefined : this.#committed.get(token);
    if (!committed) return false;
    if (committed.fingerprint !== fingerprint) {
      throw new DynamoDbError(
        'IdempotentParameterMismatchException',
        'DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.',
      );
    }
    return true;
  }

  remember(token: string | undefined, fingerprint: string): void {
    if (token !== undefined) this.#committed.set(token, { fingerprint, expiresAt: this.now() + IDEMPOTENCY_WINDOW_MS });
  }

  #forgetExpired(): void {
    const now = this.now();
    for (const [token, { expiresAt }] of this.#committed) if (expiresAt <= now) this.#committed.delete(token);
  }
}
