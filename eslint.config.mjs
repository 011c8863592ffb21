// ESLint (pinned in package-lock.json, run by scripts/test.sh): the recommended rules for every
// JavaScript file of the project, with the globals of where each runs.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/', 'target/', 'node_modules/', 'e2e/artifacts/', '.tools/'] },
  js.configs.recommended,
  {
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  // Node: the build scripts, the benchmarks and the end-to-end tests.
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'e2e/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Code the end-to-end tests run inside the page (page.evaluate and friends).
  {
    files: ['e2e/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The pages' modules: the staff page's boot and the results table's one-call writer.
  {
    files: ['static/staff-boot.js', 'src/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  // boot.js tells old browsers why nothing appears, so it must parse there: ES5, a classic
  // script (a newer construct is a parse error here).
  {
    files: ['static/boot.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser } },
    rules: { 'no-var': 'off', 'prefer-const': 'off' },
  },
  // The roster's module worker.
  {
    files: ['static/roster-worker.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.worker } },
  },
  // The service worker template (a classic script).
  {
    files: ['static/sw.template.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
];
