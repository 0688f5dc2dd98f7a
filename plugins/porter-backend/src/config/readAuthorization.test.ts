import { renderTemplate } from './readAuthorization';

describe('renderTemplate', () => {
  it.each([
    ['{{name}}', 'alice'],
    ['{{name}}@github', 'alice@github'],
    ['{{ kind }}:{{namespace}}/{{name}}', 'user:default/alice'],
    ['oidc:{{name}}', 'oidc:alice'],
  ])('%s → %s', (template, expected) => {
    expect(
      renderTemplate(template, {
        kind: 'user',
        namespace: 'default',
        name: 'alice',
      }),
    ).toBe(expected);
  });
});
