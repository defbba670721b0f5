import { missingParametersMessage } from '../../src/report.js';

const orders = { service: 'orders', stage: 'dev', region: 'eu-west-1' };

describe('the message a deploy stops with', () => {
  it('names every missing parameter once, under what makes it exist, each remedy said once', () => {
    const message = missingParametersMessage(
      [
        '/commerce/dev/platform/event-bus-name',
        '/commerce/dev/auth/jwt-issuer',
        '/commerce/dev/orders/events-topic-arn',
        '/commerce/dev/auth/jwt-audience',
      ],
      orders,
    );

    expect(message).toBe(
      [
        'orders cannot deploy to stage dev (eu-west-1): 4 SSM parameters it reads do not exist.',
        "  publish the identity provider's issuer and audience for stage dev (docs/deploying.md):",
        '    /commerce/dev/auth/jwt-audience',
        '    /commerce/dev/auth/jwt-issuer',
        '  deploy platform to stage dev first:',
        '    /commerce/dev/orders/events-topic-arn',
        '    /commerce/dev/platform/event-bus-name',
        'Nothing was deployed. How a stage is brought up, in order: docs/deploying.md.',
      ].join('\n'),
    );
  });

  it('speaks of one parameter in the singular', () => {
    const message = missingParametersMessage(['/commerce/dev/platform/alerts-topic-arn'], orders);

    expect(message.split('\n')[0]).toBe(
      'orders cannot deploy to stage dev (eu-west-1): 1 SSM parameter it reads does not exist.',
    );
  });
});
