/**
 * The architecture's import boundaries, checked by dependency-cruiser in the test suite
 * (test/architecture/boundaries.test.ts): a violation fails `npm test`.
 *
 *   core/       shared primitives (ids, errors, events, the batch shape, connections): imports no other layer
 *   sql/        queries by typed name and their row types: core only
 *   extractors/ reads Magento: core and sql, never transforms, loaders or pipeline
 *   transforms/ pure mapping: core, sql (types) and services' index.ts (contracts); no I/O, no drivers
 *   loaders/    writes Postgres: core and sql
 *   pipeline/   wires extractors, transforms and loaders to services: never bin
 *   services/   the destination: core (not the MySQL driver) and each other's index.ts only; nothing of
 *               the migration, so a service can be deployed without it
 *   verify/     reads source and target by its own SQL (sql/verify): no transforms, no declarations
 *   bin/        the CLI: imported by nothing (tests excepted)
 */
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

const MIGRATION = '^(extractors|transforms|pipeline|loaders|generator|bench|bin)/';
const serviceFolders = readdirSync(join(__dirname, 'services'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Only a service's (or the kit's) index.ts is imported from outside its folder. */
const onlyIndex = serviceFolders.map((name) => ({
  name: `only-index-of-services/${name}`,
  comment: `services/${name} is reached through its index.ts only`,
  severity: 'error',
  from: { pathNot: `^services/${name}/` },
  to: { path: `^services/${name}/`, pathNot: `^services/${name}/index\\.ts$` },
}));

module.exports = {
  forbidden: [
    {
      name: 'services-stand-alone',
      comment: 'a service imports nothing that reads or interprets Magento (nor the MySQL driver)',
      severity: 'error',
      from: { path: '^services/' },
      to: { path: [MIGRATION, '^sql/', '^core/mysql\\.ts$', '^node_modules/mysql2/'] },
    },
    {
      name: 'transforms-are-pure',
      comment: 'transforms map data: no extractors, loaders, pipeline, drivers or I/O',
      severity: 'error',
      from: { path: '^transforms/' },
      to: {
        path: ['^(extractors|loaders|pipeline|bin|generator|bench)/', '^core/(mysql|postgres)\\.ts$', '^node_modules/(mysql2|pg|pg-copy-streams)/', '^(fs|net|http|https|child_process|dgram)$'],
      },
    },
    {
      name: 'extractors-only-read',
      comment: 'what the source means is decided in transforms, written by loaders, wired by pipeline',
      severity: 'error',
      from: { path: '^extractors/' },
      to: { path: ['^(transforms|loaders|pipeline|services|bin|generator|bench)/'] },
    },
    {
      name: 'loaders-only-write',
      severity: 'error',
      from: { path: '^loaders/' },
      to: { path: ['^(extractors|transforms|pipeline|services|bin|generator|bench)/'] },
    },
    {
      name: 'sql-is-data',
      severity: 'error',
      from: { path: '^sql/' },
      to: { path: ['^(extractors|transforms|loaders|pipeline|services|bin|generator|bench)/'] },
    },
    {
      name: 'verify-is-independent',
      comment: 'verify reads both sides by its own path: no transforms, declarations, loaders or service code',
      severity: 'error',
      from: { path: '^verify/' },
      to: { path: ['^(transforms|pipeline|loaders|services|bin|generator|bench)/', '^sql/source/', '^extractors/(?!query\\.ts$)'] },
    },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: ['^(sql|extractors|transforms|loaders|pipeline|services|bin|generator|bench)/'] },
    },
    {
      name: 'nothing-imports-bin',
      comment: 'the CLI is the top: the pipeline reports through events, bin subscribes',
      severity: 'error',
      from: { pathNot: '^(bin|test)/' },
      to: { path: '^bin/' },
    },
    ...onlyIndex,
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|bench/results)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
