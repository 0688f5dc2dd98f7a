module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Benchmarks are development tools, like tests.
      files: ['**/*.bench.ts'],
      rules: { '@backstage/no-undeclared-imports': 'off' },
    },
  ],
  rules: {
    // Tests assert through helpers that call expect() and through supertest's .expect().
    'jest/expect-expect': [
      'warn',
      {
        assertFunctionNames: [
          'expect',
          'expectRefused',
          'expectConforms',
          'request.**.expect',
          'put.**.expect',
        ],
      },
    ],
  },
});
