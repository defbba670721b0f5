import type { StackCheck } from '../check.js';
import { isObject, referenceOf, resourcesOfType, stringsIn } from '../template.js';

/** Serverless's logical id of the function named `router` in serverless.yml. */
export const ROUTER_FUNCTION = 'RouterLambdaFunction';

/**
 * Every service answers HTTP in one function, its router: one cold start to pay, one place for
 * validation and errors, and receivers that no client can call.
 */
export const httpRoutes: StackCheck = {
  name: 'http-routes',
  rule: 'Every HTTP route is served by the router function; no other function can be invoked by API Gateway or a function URL.',
  run: ({ template }) => [
    ...resourcesOfType(template, 'AWS::ApiGatewayV2::Integration')
      .filter(({ properties }) => referenceOf(properties['IntegrationUri'])?.logicalId !== ROUTER_FUNCTION)
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
    ...resourcesOfType(template, 'AWS::Lambda::Url').map(({ logicalId }) => ({
      resource: logicalId,
      message: 'is a function URL: HTTP goes through the API and its router',
    })),
  ],
};
