import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

export default tseslint.config(
  // tools/fake-org is the simulated org the real CLI ran against: plain Node scripts, not product code.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'build/', 'examples/', 'tools/', '**/*.snap'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        Buffer: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error'
    }
  },
  {
    files: ['scripts/**', '__tests__/**', 'src/cli/**'],
    rules: { 'no-console': 'off' }
  },
  {
    // Tests index into fixtures they just built; a failed assertion is the clearer error there.
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
