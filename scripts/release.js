// Cuts a release (docs/ci.md, "Cutting a release"): builds, then makes a commit on top of HEAD
// that also holds the built bundle, schemas and types (dist/ is ignored on branches), tags it
// v<version> and moves the major tag (v0) to it, and packs the npm tarball to attach to the
// release. The work tree and the branch are left as they were: the commit is made through a
// temporary index and hangs off HEAD only through its tags. Pushing is left to you.
//
//   npm run release            (the version is package.json's)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const git = (args, env = {}) => execFileSync('git', args, { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
const npm = (args) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
if (git(['status', '--porcelain', '--untracked-files=no'])) throw new Error('commit or stash your changes first: a release is cut from HEAD');
if (git(['tag', '--list', tag])) throw new Error(`${tag} exists already: raise the version in package.json`);

npm(['run', 'build', '--silent']);

const index = join(git(['rev-parse', '--git-dir']), 'itstrat-release-index');
try {
  const env = { GIT_INDEX_FILE: index };
  git(['read-tree', 'HEAD'], env);
  git(['add', '--force', 'dist/bundle', 'dist/schemas', 'dist/types'], env);
  const tree = git(['write-tree'], env);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `Release ${tag}: the built bundle, schemas and types`]);
  git(['tag', '--annotate', tag, commit, '--message', `itstrat ${version}`]);
  git(['tag', '--force', major, commit]);
} finally {
  rmSync(index, { force: true });
}

const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json']));
process.stdout.write(
  [
    `Tagged ${tag} (and ${major}) with the built bundle; packed ${packed.filename}.`,
    'Publish it:',
    `  git push origin ${tag} && git push --force origin ${major}`,
    `  create the GitHub release ${tag} and attach ${packed.filename}`,
    '  npm publish (when the package goes to npm)',
    '',
  ].join('\n'),
);
