module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Benchmarks are development tools, like tests: they use the test harness.
      files: ['src/bench/**'],
      rules: { 'no-restricted-imports': 'off' },
    },
  ],
});
