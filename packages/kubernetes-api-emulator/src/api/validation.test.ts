import { resourceTypeNamed } from './resources';
import { generateName, validateName } from './validation';

describe('name validation', () => {
  it.each([
    ['services', 'web-1', true],
    ['services', '1web', false], // DNS-1035: must start with a letter
    ['services', 'web.x', false],
    ['namespaces', 'a1-dev', true],
    ['namespaces', 'a.b', false],
    ['transportservers', 'a.b-1', true],
    ['transportservers', 'A', false],
    ['pods', 'x'.repeat(254), false],
  ])('%s %p valid: %p', (type, name, ok) => {
    expect(validateName(resourceTypeNamed(type), name).length === 0).toBe(ok);
  });

  it('requires a name', () => {
    expect(validateName(resourceTypeNamed('pods'), undefined)[0]).toMatchObject(
      {
        reason: 'FieldValueRequired',
        field: 'metadata.name',
      },
    );
  });

  it('generates names like the server', () => {
    expect(generateName('web-')).toMatch(/^web-[a-z0-9]{5}$/);
  });
});
