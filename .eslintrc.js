require('@rushstack/eslint-config/patch/modern-module-resolution');

// Size limits for product code: the emulator and the web parts stay in small modules with one job.
const sizeLimits = {
  'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
  'max-lines-per-function': ['error', { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }]
};

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react', 'prettier'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        // gulp bundle lints src against tsconfig.json; npm test lints the rest against tsconfig.test.json.
        project: ['./tsconfig.json', './tsconfig.test.json'],
        ecmaVersion: 2018,
        sourceType: 'module'
      },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/explicit-function-return-type': ['warn', { allowExpressions: true, allowTypedFunctionExpressions: true }],
        '@typescript-eslint/no-unused-vars': ['warn', { vars: 'all', args: 'none', ignoreRestSiblings: true }],
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'warn',
        eqeqeq: 'error',
        'no-var': 'error',
        'prefer-const': 'warn'
      }
    },
    {
      files: ['src/**/*.ts', 'src/**/*.tsx', 'emulator/**/*.ts'],
      excludedFiles: ['*.test.ts', '*.test.tsx'],
      rules: sizeLimits
    },
    {
      files: ['*.test.ts', '*.test.tsx', 'test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'workbench/**/*.ts', 'workbench/**/*.tsx'],
      rules: {
        '@typescript-eslint/explicit-function-return-type': 'off'
      }
    }
  ]
};
