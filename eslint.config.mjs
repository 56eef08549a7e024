import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Lint, including the module DAG of ARCHITECTURE.md: each project has scope/type/platform tags
 * and these constraints decide who may import whom. `npm test` runs it.
 */
export default [
  { ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.data', '**/coverage', 'apps/web/vite.config.ts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:composition', 'type:util'] },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:contact', onlyDependOnLibsWithTags: ['scope:core'] },
            { sourceTag: 'scope:knowledge', onlyDependOnLibsWithTags: ['scope:core'] },
            { sourceTag: 'scope:account', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact'] },
            { sourceTag: 'scope:time', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account'] },
            { sourceTag: 'scope:sales', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account', 'scope:time'] },
            { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account', 'scope:time', 'scope:knowledge'] },
            { sourceTag: 'scope:marketing', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account'] },
            { sourceTag: 'scope:lead', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account', 'scope:marketing', 'scope:sales'] },
            { sourceTag: 'scope:prm', onlyDependOnLibsWithTags: ['scope:core', 'scope:contact', 'scope:account', 'scope:sales', 'scope:lead'] },
            { sourceTag: 'scope:bi', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
            { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser', 'platform:neutral'] },
            { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:node', 'platform:neutral'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          depConstraints: [
            {
              sourceTag: 'platform:browser',
              onlyDependOnLibsWithTags: ['platform:browser', 'platform:neutral'],
              // The SPA never pulls server code in, even by accident through a package.
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bullmq', 'pg', 'ioredis', 'argon2'],
            },
          ],
        },
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/*/*/**', '!**/modules/*/index'], message: 'Import another SPA module only through its index.ts' }] }],
    },
  },
  {
    // Test builders are for tests only; process.env is read only by core's config and tools.
    files: ['libs/**/*.ts', 'apps/gateway/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@crm/*/testing'], message: 'Testing builders are for tests only' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/core/src/lib/config)' }],
    },
  },
  {
    files: ['libs/core/src/lib/config/**/*.ts', 'apps/worker/src/main.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
];
