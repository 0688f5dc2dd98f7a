import {
  claimSpecSchema,
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
} from '@internal/plugin-porter-common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
const schemas = spec.components.schemas;

/**
 * Requests are checked by porter-common's zod schemas (their messages name
 * the field and the rule), and documented by openapi.yaml: the two must say
 * the same about what a claim's spec may be.
 */
describe('openapi.yaml and the zod schemas that check requests', () => {
  const fromZod = z.toJSONSchema(claimSpecSchema, { io: 'input' }) as any;

  it('list the same spec fields, required the same way', () => {
    expect(Object.keys(schemas.ClaimSpec.properties).sort()).toEqual(
      Object.keys(fromZod.properties).sort(),
    );
    expect([...schemas.ClaimSpec.required].sort()).toEqual(
      [...(fromZod.required ?? [])].sort(),
    );
    expect(schemas.ClaimSpec.additionalProperties).toBe(false);
    expect(fromZod.additionalProperties).toBe(false);
  });

  it('give the same limits', () => {
    const port = schemas.ClaimSpec.properties.servicePort;
    expect([port.minimum, port.maximum]).toEqual([
      fromZod.properties.servicePort.minimum,
      fromZod.properties.servicePort.maximum,
    ]);
    const service = schemas.ClaimSpec.properties.service;
    expect(service.maxLength).toBe(fromZod.properties.service.maxLength);
    expect(new RegExp(service.pattern).source).toBe(
      new RegExp(fromZod.properties.service.pattern).source,
    );
    const monitor = schemas.Monitor.properties;
    expect([monitor.interval.minimum, monitor.interval.maximum]).toEqual([
      1,
      MONITOR_INTERVAL_MAX,
    ]);
    expect([monitor.timeout.minimum, monitor.timeout.maximum]).toEqual([
      1,
      MONITOR_TIMEOUT_MAX,
    ]);
    expect(monitor.type.enum).toEqual(['tcp']);
  });
});
