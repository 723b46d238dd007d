import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'bench/results.json', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // tsx runs the bot through esbuild, which rewrites such a literal as new RegExp(...): built again at every call.
          selector: ':function Literal[regex.pattern=/\\\\p\\{/]',
          message: 'A regular expression with \\p{…} is rebuilt at every call under tsx (esbuild lowers it to new RegExp): make it a module constant.',
        },
      ],
    },
  },
);
