import type { StackCheck } from '../check.js';
import {
  asList,
  isObject,
  referenceOf,
  referencedIdsIn,
  resourceById,
  resourcesOfType,
  stringsIn,
  type Json,
  type Template,
} from '../template.js';

/** Serverless's logical id of the function named `router` in serverless.yml. */
export const ROUTER_FUNCTION = 'RouterLambdaFunction';

/** The function a reference ends at: an alias or version (provisioned concurrency) stands for its function. */
const functionOf = (template: Template, logicalId: string): string => {
  const resource = resourceById(template, logicalId);
  const isQualifier = resource?.type === 'AWS::Lambda::Alias' || resource?.type === 'AWS::Lambda::Version';
  return isQualifier ? (referenceOf(resource.properties['FunctionName'])?.logicalId ?? logicalId) : logicalId;
};

/** Whether an integration URI (a function's ARN, or `<ARN>:<alias>` built with Fn::Join) invokes the router and nothing else. */
const invokesOnlyTheRouter = (template: Template, uri: Json | undefined): boolean => {
  const functions = referencedIdsIn(uri).map((id) => functionOf(template, id));
  return functions.length > 0 && functions.every((id) => id === ROUTER_FUNCTION);
};

/**
 * Every service answers HTTP in one function, its router: one cold start to pay, one place for
 * validation and errors, and receivers that no client can call.
 */
export const httpRoutes: StackCheck = {
  name: 'http-routes',
  rule: "Every HTTP route is served by the router function; no other function can be invoked by API Gateway or a function URL; no API allows every origin (CORS '*').",
  run: ({ template }) => [
    ...resourcesOfType(template, 'AWS::ApiGatewayV2::Integration')
      .filter(({ properties }) => !invokesOnlyTheRouter(template, properties['IntegrationUri']))
      .map(({ logicalId }) => ({ resource: logicalId, message: 'integrates a function other than the router' })),
    ...resourcesOfType(template, 'AWS::ApiGateway::Method')
      .filter(({ properties }) => {
        const integration = properties['Integration'];
        // Fn::GetAtt [RouterLambdaFunction, Arn] inside a Fn::Join, or its `${RouterLambdaFunction.Arn}` Sub form.
        return !stringsIn(isObject(integration) ? integration['Uri'] : undefined).some(
          (text) => text === ROUTER_FUNCTION || text.includes(`${ROUTER_FUNCTION}.Arn`),
        );
      })
      .map(({ logicalId }) => ({ resource: logicalId, message: 'is a REST method not served by the router' })),
    ...resourcesOfType(template, 'AWS::ApiGatewayV2::Api')
      .filter(({ properties }) => {
        const cors = properties['CorsConfiguration'];
        return asList(isObject(cors) ? cors['AllowOrigins'] : undefined).includes('*');
      })
      .map(({ logicalId }) => ({
        resource: logicalId,
        message: "lets every origin call it (CORS AllowOrigins '*'): list the storefront's origins",
      })),
    ...resourcesOfType(template, 'AWS::Lambda::Url').map(({ logicalId }) => ({
      resource: logicalId,
      message: 'is a function URL: HTTP goes through the API and its router',
    })),
  ],
};
