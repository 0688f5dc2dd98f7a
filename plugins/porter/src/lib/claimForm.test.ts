import { DEFAULT_MONITOR } from '@internal/plugin-porter-common';
import { pair } from '../__testUtils__/fixtures';
import {
  fieldErrorsFromMessage,
  initialValues,
  specOf,
  suggestName,
  validateClaimForm,
} from './claimForm';

const valid = {
  ...initialValues('gold/abc123-prod'),
  name: 'patroni-tsc',
  service: 'patroni',
  servicePort: '5432',
};

describe('the claim form', () => {
  it("starts from the backend's default monitor, or from the claim being changed", () => {
    expect(initialValues('gold/abc123-prod')).toMatchObject({
      target: 'gold/abc123-prod',
      interval: String(DEFAULT_MONITOR.interval),
      timeout: String(DEFAULT_MONITOR.timeout),
      overrideServicePort: false,
      nameEdited: false,
    });
    expect(initialValues('', pair)).toMatchObject({
      target: 'gold/abc123-prod',
      name: 'patroni-tsc',
      service: 'patroni',
      servicePort: '5432',
      nameEdited: true,
    });
  });

  it('turns the inputs into a spec the API takes', () => {
    expect(specOf({ ...valid, interval: '10', timeout: '31' })).toEqual({
      service: 'patroni',
      servicePort: 5432,
      monitor: { type: 'tcp', interval: 10, timeout: 31 },
      overrideServicePort: false,
    });
  });

  it('suggests SERVICE-tsc, or SERVICE-PORT-tsc when that is taken', () => {
    expect(suggestName('patroni', '5432', [])).toBe('patroni-tsc');
    expect(suggestName('patroni', '8008', ['patroni-tsc'])).toBe(
      'patroni-8008-tsc',
    );
    expect(suggestName('', '', [])).toBe('');
  });

  it('checks every field with the shared schemas, one message per field', () => {
    expect(validateClaimForm(valid)).toEqual({});
    expect(
      validateClaimForm({
        ...valid,
        target: '',
        name: 'Patroni_TSC',
        service: '9patroni',
        servicePort: '70000',
        interval: '',
        timeout: '0',
      }),
    ).toEqual({
      target: 'Choose where to expose the Service',
      name: expect.stringContaining('name must be a DNS-1123 label'),
      service: expect.stringContaining('service must be a DNS-1035 label'),
      servicePort: 'servicePort must be between 1 and 65535',
      'monitor.interval': 'monitor.interval (seconds) is required',
      'monitor.timeout': 'monitor.timeout (seconds) must be at least 1',
    });
    expect(
      validateClaimForm({ ...valid, interval: '10', timeout: '5' }),
    ).toEqual({
      'monitor.timeout': expect.stringContaining(
        'monitor.timeout must be at least monitor.interval',
      ),
    });
  });

  it("puts each of the API's messages next to the field it names", () => {
    expect(
      fieldErrorsFromMessage(
        'Invalid body: spec.servicePort: servicePort must be between 1 and 65535; spec.monitor.timeout: monitor.timeout must be at least monitor.interval (HTTP 400)',
      ),
    ).toEqual({
      fields: {
        servicePort:
          'spec.servicePort: servicePort must be between 1 and 65535',
        'monitor.timeout':
          'spec.monitor.timeout: monitor.timeout must be at least monitor.interval',
      },
    });
    expect(
      fieldErrorsFromMessage(
        'Invalid body: spec.service: service must be a DNS-1035 label; entityRef: entityRef must not be empty (HTTP 400)',
      ),
    ).toEqual({
      fields: { service: 'spec.service: service must be a DNS-1035 label' },
      general:
        'Invalid body: entityRef: entityRef must not be empty (HTTP 400)',
    });
    expect(
      fieldErrorsFromMessage(
        'Invalid path: name: name must be a DNS-1123 label (HTTP 400)',
      ).fields,
    ).toEqual({ name: 'name: name must be a DNS-1123 label' });
    expect(
      fieldErrorsFromMessage(
        "Service 'patroni' port 5432 in namespace 'abc123-prod' on cluster 'gold' is already exposed by gold/abc123-prod/pg. Update that claim instead. (HTTP 409)",
      ).fields.servicePort,
    ).toContain('is already exposed by gold/abc123-prod/pg');
  });

  it('keeps messages that name no field for the whole form', () => {
    const message =
      'You may not create TCP exposures for component:default/patroni-replica: only its owners (group:default/dbas) may. (HTTP 403)';
    expect(fieldErrorsFromMessage(message)).toEqual({
      fields: {},
      general: message,
    });
  });
});
