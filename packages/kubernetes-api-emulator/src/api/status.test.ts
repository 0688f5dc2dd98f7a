import { resourceTypeNamed } from './resources';
import { conflict, injected, invalid, notFound } from './status';

describe('Status bodies', () => {
  it('qualifies custom resources with their group', () => {
    expect(notFound(resourceTypeNamed('tsc'), 'c1').status).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'transportserverclaims.porter.devops.gov.bc.ca "c1" not found',
      reason: 'NotFound',
      details: {
        name: 'c1',
        group: 'porter.devops.gov.bc.ca',
        kind: 'transportserverclaims',
      },
      code: 404,
    });
  });

  it('words conflicts like the real server', () => {
    expect(conflict(resourceTypeNamed('svc'), 'x').message).toBe(
      'Operation cannot be fulfilled on services "x": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('names the Kind (group-qualified) in Invalid, with causes', () => {
    const error = invalid(resourceTypeNamed('ts'), 'x', [
      {
        reason: 'FieldValueRequired',
        message: 'Required value',
        field: 'spec.a',
      },
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value',
        field: 'spec.b',
      },
    ]);
    expect(error.status.message).toBe(
      'TransportServer.cis.f5.com "x" is invalid: [spec.a: Required value, spec.b: Invalid value]',
    );
    expect(error.status.details).toMatchObject({
      kind: 'TransportServer',
      group: 'cis.f5.com',
    });
  });

  it.each([
    [500, 'InternalError'],
    [503, 'ServiceUnavailable'],
    [429, 'TooManyRequests'],
    [403, 'Forbidden'],
    [504, 'Timeout'],
    [418, 'Unknown'],
  ])('gives injected %i the reason %s', (code, reason) => {
    expect(injected(code, 'x').status).toMatchObject({
      code,
      reason,
      status: 'Failure',
    });
  });
});
