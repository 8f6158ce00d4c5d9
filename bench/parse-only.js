// The floor: read and parse every file into the located model, run no rule, print nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProposal } from '../dist/src/interpret/proposal.js';

const dir = process.argv[2];
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  await loadProposal(path, readFileSync(path));
}
