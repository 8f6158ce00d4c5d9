// The itstrat extension: starts `itstrat lsp` for the Markdown and YAML files of each folder that
// has an itstrat config, and tells it when a config or a plugin module changes.
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const CONFIG_NAMES = ['.itstratrc.yaml', '.itstratrc.yml', '.itstratrc.json', 'itstrat.config.yaml'];

/** @type {LanguageClient | undefined} */
let client;

/** The command that runs itstrat: the setting, else the workspace's own install, else the PATH's. */
function itstratCommand() {
  const configured = workspace.getConfiguration('itstrat').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'itstrat.cmd' : 'itstrat');
    if (existsSync(local)) return local;
  }
  return 'itstrat';
}

async function activate(context) {
  const configs = await workspace.findFiles(`**/{${CONFIG_NAMES.join(',')}}`, '**/node_modules/**');
  if (!configs.length) return;
  // Only the proposals under a config: other Markdown and YAML files are not proposals.
  const folders = [...new Set(configs.map((uri) => dirname(uri.fsPath).replace(/\\/g, '/')))];
  const documentSelector = folders.flatMap((folder) =>
    ['markdown', 'yaml'].map((language) => ({ scheme: 'file', language, pattern: `${folder}/**/*.{md,yaml,yml}` })),
  );
  const command = itstratCommand();
  // TransportKind.stdio adds --stdio: `itstrat lsp --stdio`.
  const serverOptions = { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('itstrat', 'itstrat', serverOptions, {
    documentSelector,
    initializationOptions: { debounceMs: workspace.getConfiguration('itstrat').get('debounceMs') },
    synchronize: {
      fileEvents: [workspace.createFileSystemWatcher(`**/{${CONFIG_NAMES.join(',')}}`), workspace.createFileSystemWatcher('**/*.{js,mjs,cjs}')],
    },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
