import { mockServices } from '@backstage/backend-test-utils';
import {
  claimIdentitySchema,
  DEFAULT_MONITOR,
  MAX_LABEL_LENGTH,
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
} from '@internal/plugin-porter-common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  createClaimApplyAction,
  createClaimDeleteAction,
  createNetworkPolicyApplyAction,
} from './actions';

// The template the portal offers under Create (examples/templates/tcp-exposure).
const template = parse(
  readFileSync(
    join(
      __dirname,
      '..',
      '..',
      '..',
      'examples',
      'templates',
      'tcp-exposure',
      'template.yaml',
    ),
    'utf8',
  ),
);
const properties = Object.assign(
  {},
  ...template.spec.parameters.map((p: any) => p.properties),
);
const options = {
  auth: mockServices.auth(),
  discovery: mockServices.discovery(),
};
const actions = new Map(
  [
    createClaimApplyAction(options),
    createClaimDeleteAction(options),
    createNetworkPolicyApplyAction(options),
  ].map(a => [a.id, a]),
);

describe('the "Expose a Service over TCP" template', () => {
  it('is tcp-exposure, the name the entity tab links to', () => {
    expect(template.metadata).toMatchObject({
      name: 'tcp-exposure',
      title: 'Expose a Service over TCP',
    });
  });

  it('picks the entity, then the target from that entity with PorterTargetPicker', () => {
    expect(properties.entityRef['ui:field']).toBe('EntityPicker');
    expect(properties.target).toMatchObject({
      type: 'object',
      'ui:field': 'PorterTargetPicker',
      'ui:options': { entityField: 'entityRef' },
    });
  });

  it("uses Porter's monitor defaults and limits", () => {
    const { interval, timeout } = properties.monitor.properties;
    expect(interval).toMatchObject({
      default: DEFAULT_MONITOR.interval,
      minimum: 1,
      maximum: MONITOR_INTERVAL_MAX,
    });
    expect(timeout).toMatchObject({
      default: DEFAULT_MONITOR.timeout,
      minimum: 1,
      maximum: MONITOR_TIMEOUT_MAX,
    });
  });

  it("checks the claim name with Porter's rule", () => {
    const { pattern, maxLength } = properties.name;
    expect(maxLength).toBe(MAX_LABEL_LENGTH);
    const formAccepts = (name: string) =>
      new RegExp(pattern).test(name) && name.length <= maxLength;
    const porterAccepts = (name: string) =>
      claimIdentitySchema.shape.name.safeParse(name).success;
    for (const name of [
      'clamav-tsc',
      '1db',
      'a',
      'ClamAV',
      'clam_av',
      '-x',
      'x-',
      'a'.repeat(63),
      'a'.repeat(64),
    ]) {
      expect({ name, accepted: formAccepts(name) }).toEqual({
        name,
        accepted: porterAccepts(name),
      });
    }
  });

  it('applies the claim, then the NetworkPolicy only when asked, with inputs the actions declare', () => {
    expect(template.spec.steps.map((s: any) => [s.id, s.action, s.if])).toEqual(
      [
        ['claim', 'porter:claim:apply', undefined],
        ['policy', 'porter:networkpolicy:apply', '${{ parameters.allowF5 }}'],
      ],
    );
    expect(properties.allowF5).toMatchObject({
      type: 'boolean',
      default: false,
    });
    for (const step of template.spec.steps) {
      const schema = actions.get(step.action)!.schema!.input as any;
      expect(Object.keys(schema.properties)).toEqual(
        expect.arrayContaining(Object.keys(step.input)),
      );
      expect(Object.keys(step.input)).toEqual(
        expect.arrayContaining(schema.required),
      );
    }
  });

  it("links to the entity's TCP exposures tab and shows the addresses", () => {
    expect(template.spec.output.links).toEqual([
      expect.objectContaining({ url: '${{ steps.claim.output.entityUrl }}' }),
    ]);
    expect(template.spec.output.text[0].content).toContain(
      'steps.claim.output.addresses',
    );
  });
});
