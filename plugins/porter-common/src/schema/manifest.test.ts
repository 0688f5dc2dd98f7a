import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeZodError } from './errors';
import {
  applyClaimBodySchema,
  transportServerClaimManifestSchema,
} from './manifest';

// The platform document's Silver example (examples/yourservice-tsc.yaml), byte for byte.
const SEED_YAML = readFileSync(
  join(__dirname, '..', '..', '..', '..', 'examples', 'yourservice-tsc.yaml'),
  'utf8',
);

function errorsOf(value: unknown) {
  const result = transportServerClaimManifestSchema.safeParse(value);
  if (result.success) throw new Error('expected a validation error');
  return describeZodError(result.error);
}

const seed = () => parse(SEED_YAML);

describe('transportServerClaimManifestSchema', () => {
  it('accepts the seed document verbatim', () => {
    const result = transportServerClaimManifestSchema.parse(seed());
    expect(result.metadata).toMatchObject({
      name: 'yourservice-tsc',
      namespace: 'yourlicenceplate-dev',
    });
    expect(result.spec).toEqual({
      service: 'yourservice',
      servicePort: 8000,
      monitor: { type: 'tcp', interval: 10, timeout: 10 },
      overrideServicePort: false,
    });
  });

  it('fills in the F5 default monitor when none is given', () => {
    const doc = seed();
    delete doc.spec.monitor;
    expect(transportServerClaimManifestSchema.parse(doc).spec.monitor).toEqual({
      type: 'tcp',
      interval: 5,
      timeout: 16,
    });
  });

  it('tolerates server-side metadata such as uid and resourceVersion', () => {
    const doc = seed();
    doc.metadata.uid = 'abc';
    doc.metadata.resourceVersion = '42';
    expect(transportServerClaimManifestSchema.safeParse(doc).success).toBe(
      true,
    );
  });

  it.each([
    [
      'the seed port 65555',
      (d: any) => (d.spec.servicePort = 65555),
      'spec.servicePort: servicePort must be between 1 and 65535',
    ],
    [
      'port 0',
      (d: any) => (d.spec.servicePort = 0),
      'spec.servicePort: servicePort must be between 1 and 65535',
    ],
    [
      'a fractional port',
      (d: any) => (d.spec.servicePort = 80.5),
      'spec.servicePort: servicePort must be a whole number',
    ],
    [
      'a string port',
      (d: any) => (d.spec.servicePort = '8000'),
      'spec.servicePort: servicePort must be a number',
    ],
    [
      'a missing service',
      (d: any) => delete d.spec.service,
      'spec.service: service is required',
    ],
    [
      'a service starting with a digit',
      (d: any) => (d.spec.service = '1db'),
      'spec.service: service must be a DNS-1035 label',
    ],
    [
      'an upper-case name',
      (d: any) => (d.metadata.name = 'MyClaim'),
      'metadata.name: metadata.name must be a DNS-1123 label',
    ],
    [
      'a 64-character name',
      (d: any) => (d.metadata.name = 'a'.repeat(64)),
      'metadata.name: metadata.name must be at most 63 characters',
    ],
    [
      'an http monitor',
      (d: any) => (d.spec.monitor.type = 'http'),
      "spec.monitor.type: monitor.type must be 'tcp'",
    ],
    [
      'a zero interval',
      (d: any) => (d.spec.monitor.interval = 0),
      'spec.monitor.interval: monitor.interval (seconds) must be at least 1',
    ],
    [
      'a timeout below the interval',
      (d: any) => (d.spec.monitor.timeout = 5),
      'spec.monitor.timeout: monitor.timeout must be at least monitor.interval',
    ],
    [
      'an interval over an hour',
      (d: any) => {
        d.spec.monitor.interval = 3601;
        d.spec.monitor.timeout = 4000;
      },
      'monitor.interval (seconds) must be at most 3600',
    ],
    [
      'a misspelt spec field',
      (d: any) => (d.spec.servicePorts = 1),
      "spec: unknown field(s) 'servicePorts'",
    ],
    [
      'a non-boolean overrideServicePort',
      (d: any) => (d.spec.overrideServicePort = 'yes'),
      'spec.overrideServicePort: overrideServicePort must be true or false',
    ],
    [
      'another kind',
      (d: any) => (d.kind = 'TransportServer'),
      "kind: kind must be 'TransportServerClaim'",
    ],
    [
      'another apiVersion',
      (d: any) => (d.apiVersion = 'cis.f5.com/v1'),
      "apiVersion: apiVersion must be 'porter.devops.gov.bc.ca/v1alpha1'",
    ],
  ])('rejects %s, naming the field and the rule', (_, mutate, message) => {
    const doc = seed();
    mutate(doc);
    expect(errorsOf(doc)).toContain(message);
  });
});

describe('applyClaimBodySchema', () => {
  it('accepts a spec and an optional entityRef', () => {
    const body = applyClaimBodySchema.parse({
      spec: { service: 'db', servicePort: 5432 },
      entityRef: 'component:default/db',
    });
    expect(body.spec.overrideServicePort).toBe(false);
    expect(body.entityRef).toBe('component:default/db');
  });

  it('rejects unknown top-level fields', () => {
    const result = applyClaimBodySchema.safeParse({
      spec: { service: 'db', servicePort: 1 },
      cluster: 'x',
    });
    expect(result.success).toBe(false);
    expect(describeZodError(result.error!)).toContain(
      "unknown field(s) 'cluster'",
    );
  });
});
