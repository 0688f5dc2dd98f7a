import {
  InvalidLabelSelectorError,
  LabelSelector,
  describeSelector,
  equalitySelectorMatches,
  isEmptySelector,
  labelSelectorMatches,
} from './labelSelectors';

const ingress = { 'network.openshift.io/policy-group': 'ingress' };
const web = { app: 'web', tier: 'frontend' };

describe('labelSelectorMatches', () => {
  it.each<[string, LabelSelector | undefined, Record<string, string>, boolean]>(
    [
      ['undefined selector matches anything', undefined, web, true],
      ['empty selector matches anything', {}, web, true],
      ['empty selector matches no labels', {}, {}, true],
      [
        'empty matchLabels and matchExpressions match anything',
        { matchLabels: {}, matchExpressions: [] },
        web,
        true,
      ],
      ['matchLabels equal', { matchLabels: { app: 'web' } }, web, true],
      ['matchLabels all of several', { matchLabels: web }, web, true],
      ['matchLabels value differs', { matchLabels: { app: 'db' } }, web, false],
      ['matchLabels key absent', { matchLabels: { role: 'x' } }, web, false],
      [
        'matchLabels one of two fails',
        { matchLabels: { app: 'web', tier: 'backend' } },
        web,
        false,
      ],
      [
        'matchLabels with empty value needs the key',
        { matchLabels: { role: '' } },
        web,
        false,
      ],
      [
        'matchLabels with empty value matches an empty label',
        { matchLabels: { role: '' } },
        { role: '' },
        true,
      ],
      [
        'In with the value',
        {
          matchExpressions: [
            { key: 'app', operator: 'In', values: ['db', 'web'] },
          ],
        },
        web,
        true,
      ],
      [
        'In without the value',
        { matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] },
        web,
        false,
      ],
      [
        'In when the key is absent',
        { matchExpressions: [{ key: 'role', operator: 'In', values: ['x'] }] },
        web,
        false,
      ],
      [
        'NotIn with the value',
        {
          matchExpressions: [
            { key: 'app', operator: 'NotIn', values: ['web'] },
          ],
        },
        web,
        false,
      ],
      [
        'NotIn without the value',
        {
          matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['db'] }],
        },
        web,
        true,
      ],
      [
        'NotIn when the key is absent (Kubernetes: matches)',
        {
          matchExpressions: [{ key: 'role', operator: 'NotIn', values: ['x'] }],
        },
        web,
        true,
      ],
      [
        'Exists with the key',
        { matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
        web,
        true,
      ],
      [
        'Exists without the key',
        { matchExpressions: [{ key: 'role', operator: 'Exists' }] },
        web,
        false,
      ],
      [
        'Exists with an empty values list',
        { matchExpressions: [{ key: 'tier', operator: 'Exists', values: [] }] },
        web,
        true,
      ],
      [
        'DoesNotExist with the key',
        { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] },
        web,
        false,
      ],
      [
        'DoesNotExist without the key',
        { matchExpressions: [{ key: 'role', operator: 'DoesNotExist' }] },
        web,
        true,
      ],
      [
        'matchLabels and matchExpressions are ANDed (both hold)',
        {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'Exists' }],
        },
        web,
        true,
      ],
      [
        'matchLabels and matchExpressions are ANDed (expression fails)',
        {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }],
        },
        web,
        false,
      ],
      [
        'matchLabels and matchExpressions are ANDed (labels fail)',
        {
          matchLabels: { app: 'db' },
          matchExpressions: [{ key: 'tier', operator: 'Exists' }],
        },
        web,
        false,
      ],
      [
        'all expressions must hold',
        {
          matchExpressions: [
            { key: 'app', operator: 'In', values: ['web'] },
            { key: 'tier', operator: 'NotIn', values: ['frontend'] },
          ],
        },
        web,
        false,
      ],
      [
        'the ingress namespace by its policy-group label',
        {
          matchExpressions: [
            {
              key: 'network.openshift.io/policy-group',
              operator: 'In',
              values: ['ingress'],
            },
          ],
        },
        ingress,
        true,
      ],
      [
        'no labels at all against a non-empty selector',
        { matchLabels: { app: 'web' } },
        {},
        false,
      ],
    ],
  )('%s', (_, selector, labels, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });

  it('treats undefined labels as no labels', () => {
    expect(labelSelectorMatches({}, undefined)).toBe(true);
    expect(labelSelectorMatches({ matchLabels: { a: 'b' } }, undefined)).toBe(
      false,
    );
    expect(
      labelSelectorMatches(
        { matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] },
        undefined,
      ),
    ).toBe(true);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(
      labelSelectorMatches(
        { matchExpressions: [{ key: 'toString', operator: 'Exists' }] },
        {},
      ),
    ).toBe(false);
  });

  it.each<[string, LabelSelector]>([
    [
      'an unknown operator',
      { matchExpressions: [{ key: 'a', operator: 'Equals', values: ['b'] }] },
    ],
    ['In without values', { matchExpressions: [{ key: 'a', operator: 'In' }] }],
    [
      'NotIn with empty values',
      { matchExpressions: [{ key: 'a', operator: 'NotIn', values: [] }] },
    ],
    [
      'Exists with values',
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['b'] }] },
    ],
    [
      'DoesNotExist with values',
      {
        matchExpressions: [
          { key: 'a', operator: 'DoesNotExist', values: ['b'] },
        ],
      },
    ],
    [
      'an invalid requirement after a failing matchLabels',
      {
        matchLabels: { x: 'y' },
        matchExpressions: [{ key: 'a', operator: 'in', values: ['b'] }],
      },
    ],
  ])('rejects %s as the API server would', (_, selector) => {
    expect(() => labelSelectorMatches(selector, web)).toThrow(
      InvalidLabelSelectorError,
    );
  });
});

describe('equalitySelectorMatches', () => {
  it('needs every key with exactly its value', () => {
    expect(equalitySelectorMatches({ app: 'web' }, web)).toBe(true);
    expect(equalitySelectorMatches(web, web)).toBe(true);
    expect(equalitySelectorMatches({ app: 'web', x: 'y' }, web)).toBe(false);
    expect(equalitySelectorMatches({ app: 'WEB' }, web)).toBe(false);
    expect(equalitySelectorMatches({ app: 'web' }, undefined)).toBe(false);
  });
});

describe('isEmptySelector', () => {
  it('is true only for selectors without requirements', () => {
    expect(isEmptySelector(undefined)).toBe(true);
    expect(isEmptySelector({})).toBe(true);
    expect(isEmptySelector({ matchLabels: {}, matchExpressions: [] })).toBe(
      true,
    );
    expect(isEmptySelector({ matchLabels: { a: 'b' } })).toBe(false);
    expect(
      isEmptySelector({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }),
    ).toBe(false);
  });
});

describe('describeSelector', () => {
  it('writes selectors in kubectl notation', () => {
    expect(describeSelector({})).toBe('{} (everything)');
    expect(
      describeSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['prod'] },
          { key: 'x', operator: 'Exists' },
          { key: 'y', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),env notin (prod),x,!y');
  });
});
