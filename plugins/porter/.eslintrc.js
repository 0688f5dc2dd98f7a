module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // react-use's async hooks take dependency lists like useEffect: check them the same way.
    'react-hooks/exhaustive-deps': [
      'error',
      { additionalHooks: '^(useAsync|useAsyncFn|useAsyncRetry)$' },
    ],
  },
});
