export {
  MissingParametersError,
  PreflightCheckFailedError,
  PreflightError,
  type PreflightErrorCode,
} from './errors.js';
export { checkDeployDependencies, type PreflightInput, type PreflightResult } from './preflight.js';
export { publisherOf, type DeployTarget } from './publishers.js';
export { missingParametersMessage, type DeployDestination } from './report.js';
export { runDeployPreflight, type DeployPreflightOptions } from './run-deploy-preflight.js';
export { missingSsmParameters } from './ssm-parameters.js';
export { templateDependencies, type TemplateDependencies, type TemplateValue } from './template-dependencies.js';
