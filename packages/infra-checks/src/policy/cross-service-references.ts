import { SERVICES } from '@commerce/contracts/catalog';
import { ownParameterPrefix, sharedExports, sharedParameters } from '../agreements.js';
import type { Finding, StackCheck } from '../check.js';
import { importedNamesIn, resourcesOfType, ssmNamesIn, stringsIn, type Stack } from '../template.js';

// An ARN whose region or account is written out: `arn:aws:sns:us-east-1:123456789012:...`.
const LITERAL_ARN = /arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(-gov)?-[a-z]+-\d)?:(\d{12})?:/;
const LITERAL_REGION = /\b[a-z]{2}(-gov)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d\b/;

/** Platform creates the hand-off topics under their producers' names (ADR 0004). */
const isPlatformsHandOffTopic = (stack: Stack, service: string, text: string): boolean =>
  stack.service === 'platform' && text === `${service}-${stack.stage}-events`;

const readFindings = (stack: Stack): Finding[] => {
  const shared = sharedParameters(stack.stage);
  const own = ownParameterPrefix(stack.stage, stack.service);
  return Object.entries(stack.template.Resources).flatMap(([logicalId, resource]) => [
    ...ssmNamesIn(resource.Properties)
      .filter((name) => !name.startsWith(own) && !shared.has(name))
      .map((name) => ({
        resource: logicalId,
        message: `reads SSM parameter ${name}, which is neither its own (${own}…) nor a shared one`,
      })),
    ...importedNamesIn(resource.Properties)
      .filter((name) => typeof name !== 'string' || !sharedExports(stack.stage).includes(name))
      .map((name) => ({
        resource: logicalId,
        message: `imports ${JSON.stringify(name)}, which is not a shared export`,
      })),
  ]);
};

const writeFindings = (stack: Stack): Finding[] => {
  const shared = sharedParameters(stack.stage);
  const own = ownParameterPrefix(stack.stage, stack.service);
  return resourcesOfType(stack.template, 'AWS::SSM::Parameter')
    .filter(({ properties }) => {
      const name = String(properties['Name']);
      return !name.startsWith(own) && shared.get(name) !== stack.service;
    })
    .map(({ logicalId, properties }) => ({
      resource: logicalId,
      message: `writes SSM parameter ${String(properties['Name'])}, which belongs to another service`,
    }));
};

const nameFindings = (stack: Stack): Finding[] => {
  const others = SERVICES.filter((service) => service !== stack.service);
  return Object.entries(stack.template.Resources).flatMap(([logicalId, resource]) =>
    stringsIn(resource.Properties).flatMap((text) => {
      const findings: Finding[] = [];
      if (LITERAL_ARN.test(text) || LITERAL_REGION.test(text)) {
        findings.push({
          resource: logicalId,
          message: `writes a region or account out (${text.slice(0, 80)}): use \${AWS::Region}, \${AWS::AccountId} or a shared parameter`,
        });
      }
      const named = others.find(
        (service) =>
          new RegExp(`\\b${service}-${stack.stage}\\b`).test(text) && !isPlatformsHandOffTopic(stack, service, text),
      );
      if (named) {
        findings.push({
          resource: logicalId,
          message: `names ${named}'s resources (${text.slice(0, 80)}): reach them through a shared parameter`,
        });
      }
      return findings;
    }),
  );
};

/**
 * A service deploys alone, so its template may reach another service only through what they agreed
 * to share: the SSM parameters platform publishes and the bus's export. A physical name, account or
 * region written into a template would tie it to one stage, one account or one deploy order.
 */
export const crossServiceReferences: StackCheck = {
  name: 'cross-service-references',
  rule: "A template reaches other services only through the shared SSM parameters and exports of its own stage; it reads and writes its own parameters only under `/commerce/<stage>/<service>/`, and names no account, region or other service's resource.",
  run: (stack) => [...readFindings(stack), ...writeFindings(stack), ...nameFindings(stack)],
};
