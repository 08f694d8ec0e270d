import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'test-results', 'playwright-report', 'node_modules', '.stryker-tmp', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Type-aware rules (floating promises, unsafe any, needless assertions) on the app and the data code, read
  // through tsconfig.json. Not on tests/: with Playwright's and fast-check's types that pass ran over 10 minutes here.
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['src/**/*.{ts,tsx}', 'geo/**/*.ts'] })),
  { files: ['src/**/*.{ts,tsx}', 'geo/**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from data is rendered as text.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Text from data is rendered as text.' },
        { selector: "CallExpression[callee.property.name='setHTML']", message: 'Popups are React portals.' },
      ],
    },
  },
);
