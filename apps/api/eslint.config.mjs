import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/database/cli.ts'],
    // Server code logs through the injected logger, which redacts secrets.
    rules: { 'no-console': 'error' },
  },
];
