/**
 * `pnpm new:service <name> [--purpose <text>]`: a new service under services/<name>, in the shape of
 * every other, that passes its tests, `sls package` and the policy checks as it is (services/README.md).
 *
 *   pnpm new:service loyalty
 *   pnpm new:service gift-cards --purpose 'credit gift cards bought with an order'
 *
 * It writes the service from scripts/new-service/template/, lists it in the catalog (one of
 * SERVICES, a consumer of OrderConfirmed v1) with a changeset for @commerce/contracts, writes its
 * pipeline (`pnpm ci:workflow`), then installs (the lockfile gains the new package), regenerates
 * CATALOG.md and docs/architecture.md's copy of it, and builds @commerce/contracts, which
 * `pnpm check:infra` reads. It refuses a name that
 * is taken, reserved or not lower-case kebab, and writes nothing then.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { callerWorkflow } from './ci/caller.js';
import { workflowFileOf } from './ci/inputs.js';
import { runSteps } from './ci/run-steps.js';
import { findProject, readProjects } from './ci/workspace.js';
import { catalogServices, CONSUMED_EVENT, SERVICES_FILE, withConsumer, withService } from './new-service/catalog.js';
import { nameProblem } from './new-service/name.js';
import { formatAs, renderTemplate, type PlannedFile } from './new-service/render.js';

const root = join(import.meta.dirname, '..');
const fail = (message: string): never => {
  process.stderr.write(`✖ ${message}\nUsage: pnpm new:service <name> [--purpose <text>]\n`);
  process.exit(2);
};

const parse = () => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { purpose: { type: 'string', default: 'record the confirmed orders it acts on' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
};
const { positionals, values } = parse();

const [name, ...extra] = positionals;
if (name === undefined || extra.length > 0) fail('Name one new service');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const problem = nameProblem(name!, { root, catalogServices: catalogServices(read(SERVICES_FILE)) });
if (problem) fail(problem);
const service = name!;

// Everything is worked out before anything is written, so a refusal or a catalog it cannot edit
// leaves the repository as it was.
const changeset: PlannedFile = {
  path: `.changeset/${service}-consumes-${CONSUMED_EVENT.type.toLowerCase()}.md`,
  text: [
    '---',
    "'@commerce/contracts': minor",
    '---',
    '',
    `\`SERVICES\` (and \`ServiceName\`) include ${service}, a new service, and ${CONSUMED_EVENT.type} v${CONSUMED_EVENT.version}`,
    `lists it among its consumers (${values.purpose}). The schemas are unchanged.`,
    '',
  ].join('\n'),
};
const serviceFiles = await renderTemplate(root, service);
const planned: PlannedFile[] = [
  ...serviceFiles,
  { path: SERVICES_FILE, text: await formatAs(root, SERVICES_FILE, withService(read(SERVICES_FILE), service)) },
  {
    path: CONSUMED_EVENT.file,
    text: await formatAs(root, CONSUMED_EVENT.file, withConsumer(read(CONSUMED_EVENT.file), service, values.purpose)),
  },
  changeset,
];
for (const file of planned) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
}

// Its pipeline is derived from its package.json, which now exists, exactly as `pnpm ci:workflow` does.
const projects = readProjects(root);
const project = findProject(projects, service)!;
writeFileSync(join(root, workflowFileOf(project)), callerWorkflow(project, projects));
process.stdout.write(
  `✔ wrote services/${service}/ (${serviceFiles.length} files), ${workflowFileOf(project)}, ${changeset.path}\n` +
    `✔ listed ${service} in ${SERVICES_FILE} and as a consumer of ${CONSUMED_EVENT.type} v${CONSUMED_EVENT.version}\n`,
);

const results = await runSteps(
  [
    // The lockfile gains the new package, so not frozen (pnpm freezes it by default under CI=true);
    // every dependency of the template is one the workspace already locks, hence --prefer-offline.
    { title: 'install', command: ['pnpm', 'install', '--no-frozen-lockfile', '--prefer-offline'] },
    { title: 'catalog', command: ['pnpm', '--filter', '@commerce/contracts', 'run', 'catalog'] },
    // docs/architecture.md copies CATALOG.md's overview and routing; check:generated compares them.
    { title: 'architecture page', command: ['pnpm', 'docs:architecture'] },
    { title: 'build contracts', command: ['pnpm', '--filter', '@commerce/contracts', 'run', 'build'] },
  ],
  { cwd: root },
);
if (results.some((result) => result.status === 'failed')) {
  process.stderr.write(
    '\n✖ The files are written, but a step failed. Once it is fixed, finish with:\n' +
      '  pnpm install && pnpm --filter @commerce/contracts run catalog && pnpm docs:architecture && pnpm --filter @commerce/contracts run build\n',
  );
  process.exit(1);
}
process.stdout.write(
  [
    '',
    `✔ services/${service} is ready. Next:`,
    `  pnpm ci:service ${service}          # its pipeline: lint, typecheck, tests, sls package, check:infra`,
    `  pnpm dev --only ${service},orders,inventory,payments   # run it with the saga`,
    `  then make it yours: services/${service}/README.md says what it owns, consumes and serves.`,
    '',
  ].join('\n'),
);
