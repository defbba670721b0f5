/** Codes the plugin hands to osls with the message, so a CI log can be searched for them. */
export type PreflightErrorCode = 'DEPLOY_PREFLIGHT_MISSING_PARAMETERS' | 'DEPLOY_PREFLIGHT_CHECK_FAILED';

/** Base of every error the preflight stops a deploy with; its message is meant for the operator as is. */
export class PreflightError extends Error {
  override name = 'PreflightError';
  readonly code: PreflightErrorCode;

  constructor(code: PreflightErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** SSM parameters the stack reads do not exist; `names` lists every one of them. */
export class MissingParametersError extends PreflightError {
  override name = 'MissingParametersError';
  readonly names: readonly string[];

  constructor(names: readonly string[], message: string) {
    super('DEPLOY_PREFLIGHT_MISSING_PARAMETERS', message);
    this.names = names;
  }
}

/**
 * SSM could not be asked (no credentials, access denied, no network). The deploy stops rather
 * than start unchecked; the message says why, so the deployer can fix its access.
 */
export class PreflightCheckFailedError extends PreflightError {
  override name = 'PreflightCheckFailedError';

  constructor(message: string, options?: ErrorOptions) {
    super('DEPLOY_PREFLIGHT_CHECK_FAILED', message, options);
  }
}
