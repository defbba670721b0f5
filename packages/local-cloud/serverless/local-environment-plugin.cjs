'use strict';
/**
 * Serverless plugin for `sls offline` under the local cloud.
 *
 * In AWS, CloudFormation resolves a function's environment (`TOPIC_ARN: !Ref EventsTopic`) at
 * deploy time. `sls offline` never deploys, so such a value would reach the handler as
 * "[object Object]". The runner (`pnpm dev`) resolves the packaged template against the local cloud
 * and writes the result to `.serverless/local-environment.json`; this plugin puts those values in
 * place before `sls offline` starts, so the environment is declared once, in serverless.yml.
 * It does nothing for any other command (`sls package`, `sls deploy`).
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const ENVIRONMENT_FILE = join('.serverless', 'local-environment.json');

const unresolvedNames = (environment = {}) =>
  Object.entries(environment)
    .filter(([, value]) => typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    .map(([name]) => name);

class LocalEnvironmentPlugin {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = { 'before:offline:start:init': () => this.apply(), 'before:offline:start': () => this.apply() };
  }

  apply() {
    if (this.applied) return;
    this.applied = true;
    const { service, serviceDir } = this.serverless;
    const file = join(serviceDir, ENVIRONMENT_FILE);
    const functions = service.functions ?? {};
    if (!existsSync(file)) {
      const names = [
        ...unresolvedNames(service.provider.environment),
        ...Object.values(functions).flatMap((fn) => unresolvedNames(fn.environment)),
      ];
      if (names.length === 0) return;
      throw new Error(
        `${names.join(', ')}: resolved by CloudFormation in AWS and by the local cloud here. Start the system with \`pnpm dev\` (add --only ${service.service} ` +
          `to start this service alone) instead of \`sls offline\` directly.`,
      );
    }
    /** @type {Record<string, Record<string, string>>} each function's resolved environment, by deployed name. */
    const resolved = JSON.parse(readFileSync(file, 'utf8'));
    // Per function: sls offline merges provider.environment under the function's own, so the
    // resolved values go on the function, where they win.
    for (const fn of Object.values(functions)) {
      fn.environment = { ...fn.environment, ...resolved[fn.name] };
    }
  }
}

module.exports = LocalEnvironmentPlugin;
