import { matchesFields, parseFieldSelector } from './fieldSelector';
import { resourceTypeNamed } from './resources';

const services = resourceTypeNamed('services');
const ts = resourceTypeNamed('transportservers');
const meta = { name: 'web', namespace: 'a1-dev' };

describe('field selectors', () => {
  it.each([
    ['metadata.name=web', true],
    ['metadata.name==web', true],
    ['metadata.name!=web', false],
    ['metadata.namespace=a1-dev,metadata.name=web', true],
    ['metadata.namespace=other', false],
    ['', true],
  ])('%p matches: %p', (selector, expected) => {
    expect(matchesFields(parseFieldSelector(services, selector), meta)).toBe(
      expected,
    );
  });

  it('refuses other fields with the wording of built-in and custom types', () => {
    expect(() => parseFieldSelector(services, 'spec.type=x')).toThrow(
      'field label not supported: spec.type',
    );
    expect(() => parseFieldSelector(ts, 'spec.x=1')).toThrow(
      '"spec.x" is not a known field selector: only "metadata.name", "metadata.namespace"',
    );
    expect(() => parseFieldSelector(services, 'metadata.name')).toThrow(
      /invalid selector/,
    );
  });
});
