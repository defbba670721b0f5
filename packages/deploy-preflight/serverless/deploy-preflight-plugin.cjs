'use strict';
/**
 * Serverless plugin: before `sls deploy` hands the stack to CloudFormation, checks that every SSM
 * parameter it reads exists and stops with one message naming each missing one and the stack that
 * publishes it (src/, built to dist/ by `pnpm build`, does the work).
 *
 * It runs on `before:deploy:deploy`, after osls has packaged (or, with `--package`, restored) the
 * compiled template and before anything is uploaded. No other command reaches that hook, so
 * `sls package` and `sls offline` never call AWS through it.
 */
const PLUGIN = '@commerce/deploy-preflight';

class DeployPreflightPlugin {
  constructor(serverless, _options, { log } = {}) {
    this.serverless = serverless;
    this.log = log;
    // configValidationMode: error refuses unknown custom keys unless a plugin declares them.
    serverless.configSchemaHandler?.defineCustomProperties({
      type: 'object',
      properties: {
        deployPreflight: {
          type: 'object',
          properties: { ssmParameters: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      },
    });
    this.hooks = { 'before:deploy:deploy': () => this.check() };
  }

  async load() {
    try {
      return await import('../dist/index.js');
    } catch (error) {
      throw new this.serverless.classes.Error(
        `${PLUGIN} is not built (${error.message}). Run \`pnpm build\` at the repository root, then deploy again.`,
        'DEPLOY_PREFLIGHT_NOT_BUILT',
      );
    }
  }

  async check() {
    const { runDeployPreflight, PreflightError } = await this.load();
    const { service } = this.serverless;
    const provider = this.serverless.getProvider('aws');
    try {
      const { parameters, uncheckedImports } = await runDeployPreflight({
        service: service.service,
        stage: provider.getStage(),
        region: provider.getRegion(),
        profile: provider.getProfile(),
        template: service.provider.compiledCloudFormationTemplate,
        runtimeParameters: service.custom?.deployPreflight?.ssmParameters ?? [],
      });
      this.log?.info(`Deploy preflight: the ${parameters.length} SSM parameters this stack reads exist`);
      for (const name of uncheckedImports) {
        this.log?.warning(
          `Deploy preflight: Fn::ImportValue ${name} is not checked; CloudFormation fails if no stack exports it`,
        );
      }
    } catch (error) {
      // A ServerlessError is reported as the user's to fix: its message alone, without a stack trace.
      if (error instanceof PreflightError) throw new this.serverless.classes.Error(error.message, error.code);
      throw error;
    }
  }
}

module.exports = DeployPreflightPlugin;
