import { ApiError } from './status';
import { matchesLabels, parseLabelSelector } from './labelSelector';

const labels = {
  app: 'web',
  tier: 'front',
  'app.kubernetes.io/managed-by': 'porter',
  n: '5',
};

describe('label selectors', () => {
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app=db', false],
    ['app!=db', true],
    ['missing!=x', true], // != matches objects without the label, as in Kubernetes
    ['app in (web,db)', true],
    ['app in ( db , cache )', false],
    ['app notin (db)', true],
    ['missing notin (db)', true],
    ['tier', true],
    ['missing', false],
    ['!missing', true],
    ['!tier', false],
    ['app=web,tier=front', true],
    ['app=web,tier=back', false],
    ['app in (web,db),!missing,tier', true],
    ['app.kubernetes.io/managed-by=porter', true],
    ['n>4', true],
    ['n<5', false],
    [' app = web ', true],
  ])('%p matches: %p', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('treats missing labels as none', () => {
    expect(matchesLabels(parseLabelSelector('!a'), undefined)).toBe(true);
    expect(matchesLabels(parseLabelSelector('a'), undefined)).toBe(false);
  });

  it.each([
    'app in (web',
    'app=web,',
    '=web',
    'app=we b',
    'a b c',
    'Bad_Prefix.example/x=1',
    'n>x',
  ])('refuses %p with a 400', selector => {
    let error: unknown;
    try {
      parseLabelSelector(selector);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toMatchObject({
      code: 400,
      reason: 'BadRequest',
    });
  });
});
