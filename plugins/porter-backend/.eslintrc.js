module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
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
