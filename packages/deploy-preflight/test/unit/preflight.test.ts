import { GetParametersCommand, SSMClient, type GetParametersCommandInput } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { MissingParametersError, PreflightCheckFailedError } from '../../src/errors.js';
import { checkDeployDependencies } from '../../src/preflight.js';
import type { TemplateValue } from '../../src/template-dependencies.js';

const destination = { service: 'orders', stage: 'dev', region: 'us-east-1' };

/** A template that reads `names`, one environment variable each. */
const templateReading = (names: readonly string[]): TemplateValue => ({
  Resources: {
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Environment: { Variables: Object.fromEntries(names.map((name, i) => [`V${i}`, `{{resolve:ssm:${name}}}`])) },
      },
    },
  },
});

describe('the deploy preflight', () => {
  const ssmMock = mockClient(SSMClient);
  const ssm = new SSMClient({ region: 'us-east-1' });
  afterEach(() => ssmMock.reset());

  /** SSM as it answers GetParameters: a name it does not have comes back in InvalidParameters. */
  const ssmHolding = (existing: readonly string[]) =>
    ssmMock.on(GetParametersCommand).callsFake(({ Names = [] }: GetParametersCommandInput) => ({
      Parameters: Names.filter((name) => existing.includes(name)).map((Name) => ({ Name, Type: 'String', Value: 'x' })),
      InvalidParameters: Names.filter((name) => !existing.includes(name)),
    }));

  it('passes when every parameter exists, asking SSM at most 10 names at a time', async () => {
    const names = Array.from({ length: 23 }, (_, i) => `/commerce/dev/platform/p${String(i).padStart(2, '0')}`);
    ssmHolding(names);

    const result = await checkDeployDependencies({ ...destination, template: templateReading(names), ssm });

    expect(result.parameters).toEqual(names);
    const batches = ssmMock.commandCalls(GetParametersCommand).map((call) => call.args[0].input.Names ?? []);
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat().sort()).toEqual(names);
  });

  it('fails once, naming the missing parameters of every batch and who publishes them', async () => {
    const present = Array.from({ length: 12 }, (_, i) => `/commerce/dev/orders/setting-${String(i).padStart(2, '0')}`);
    const missing = ['/commerce/dev/auth/jwt-issuer', '/commerce/dev/platform/event-bus-name'];
    ssmHolding(present);

    const failure = await checkDeployDependencies({
      ...destination,
      template: templateReading([...present, ...missing]),
      ssm,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MissingParametersError);
    expect(failure).toMatchObject({ code: 'DEPLOY_PREFLIGHT_MISSING_PARAMETERS', names: missing });
    expect((failure as Error).message).toContain('2 SSM parameters it reads do not exist');
    expect((failure as Error).message).toContain(
      '  deploy platform to stage dev first:\n    /commerce/dev/platform/event-bus-name',
    );
    expect((failure as Error).message).not.toContain('setting-');
  });

  it('checks the parameters functions read at run time as well, which the template does not name', async () => {
    ssmHolding(['/commerce/dev/platform/event-bus-name']);

    const failure = await checkDeployDependencies({
      ...destination,
      service: 'payments',
      template: templateReading(['/commerce/dev/platform/event-bus-name']),
      runtimeParameters: ['/commerce/dev/payments/provider-api-key'],
      ssm,
    }).catch((error: unknown) => error);

    expect(failure).toMatchObject({ names: ['/commerce/dev/payments/provider-api-key'] });
  });

  it('asks nothing when the stack reads no parameter', async () => {
    const result = await checkDeployDependencies({ ...destination, template: { Resources: {} }, ssm });

    expect(result).toEqual({ parameters: [], uncheckedImports: [] });
    expect(ssmMock.commandCalls(GetParametersCommand)).toHaveLength(0);
  });

  it('stops the deploy, saying why, when SSM cannot be asked', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: ssm:GetParameters'), {
      name: 'AccessDeniedException',
    });
    ssmMock.on(GetParametersCommand).rejects(denied);

    const failure = await checkDeployDependencies({
      ...destination,
      template: templateReading(['/commerce/dev/platform/event-bus-name']),
      ssm,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(PreflightCheckFailedError);
    expect(failure).toMatchObject({ code: 'DEPLOY_PREFLIGHT_CHECK_FAILED', cause: denied });
    expect((failure as Error).message).toContain('AccessDeniedException: User is not authorized');
  });
});
