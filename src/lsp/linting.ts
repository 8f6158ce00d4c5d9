/**
 * Lints an editor's text in-process with the CLI's own path (`lintFile` of src/cli/lint-file.ts,
 * bytes in hand instead of read from disk), with the config that applies to the file found and
 * loaded as `itstrat lint` run in the file's folder would: upward from the file, `extends`,
 * plugins and `overrides` included. Each config is loaded once and kept until a config or plugin
 * file changes (`reload`).
 */
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { CONFIG_NAMES, findConfig } from '../config/config.js';
import { localised, type Finding } from '../engine/engine.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { formatOf } from '../model/loaders/index.js';
import type { Lang } from '../model/model.js';
import { firstLine, refusingExit } from '../cli/isolation.js';
import { lintFile } from '../cli/lint-file.js';
import { prepareRun, type PreparedRun } from '../cli/prepare-run.js';
import { serverMessage } from './messages.js';

export interface LintedText {
  findings: Finding[];
  rules: ReadonlyMap<string, RuleMeta>;
  /** The language of the messages: the config's, else the editor's, else the proposal's. */
  language: Lang;
  /** The language the proposal is written in, for completions; the messages' when it is not known. */
  authorLanguage: Lang;
}

interface Prepared {
  run: PreparedRun;
  rules: ReadonlyMap<string, RuleMeta>;
  /** Plugin files named by a path: a change to one reloads. */
  pluginFiles: string[];
}

export class TextLinter {
  private readonly prepared = new Map<string, Promise<Prepared>>();
  private readonly configOf = new Map<string, string | undefined>();
  private generation = 0;

  constructor(
    /** Where a file with no config above it takes the default configuration from (its `dir`). */
    private readonly root: string,
    /** The editor's language, from its locale: the messages' when the config names none. */
    private readonly editorLanguage: Lang | undefined,
  ) {}

  /** Whether the server lints this file: YAML and Markdown proposals. */
  static handles(filePath: string): boolean {
    return formatOf(filePath) !== undefined;
  }

  /** Whether a changed file is a config or a loaded plugin: then every config is loaded anew. */
  async affects(changed: string): Promise<boolean> {
    if (CONFIG_NAMES.includes(basename(changed))) return true;
    const loaded = await Promise.allSettled(this.prepared.values());
    return loaded.some((entry) => entry.status === 'fulfilled' && entry.value.pluginFiles.includes(resolve(changed)));
  }

  reload(): void {
    this.generation++;
    this.prepared.clear();
    this.configOf.clear();
  }

  /** `index` tells this lint's late failures (a plugin's rejected promise) from others. */
  async lint(filePath: string, text: string, index: number): Promise<LintedText> {
    let prepared: Prepared;
    try {
      prepared = await this.prepare(filePath);
    } catch (error) {
      const language = this.editorLanguage ?? 'en';
      const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const finding: Finding = {
        ruleId: 'config',
        severity: 2,
        messageId: 'config',
        message: serverMessage('config', language, { detail: firstLine(error) }),
        ...at,
        clauses: [],
      };
      return { findings: [finding], rules: new Map(), language, authorLanguage: language };
    }
    const { run, rules } = prepared;
    const output = await lintFile({ filePath, bytes: Buffer.from(text, 'utf8') }, { rules: run.rules, resolver: run.resolver }, index);
    const configured = run.resolver.forFile(filePath, output.fileStrategy).language;
    const language = configured ?? this.editorLanguage ?? output.result.language;
    const findings =
      language === output.result.language ? output.result.findings : output.result.findings.map((finding) => localised(finding, language, rules));
    return { findings, rules, language, authorLanguage: output.proposalLanguage ?? output.result.language };
  }

  private prepare(filePath: string): Promise<Prepared> {
    const dir = dirname(filePath);
    if (!this.configOf.has(dir)) this.configOf.set(dir, findConfig(dir));
    const config = this.configOf.get(dir);
    const key = config ?? '';
    let prepared = this.prepared.get(key);
    if (!prepared) {
      const setup = { cwd: config ? dirname(config) : this.root, strategy: [], rule: [], generation: this.generation, ...(config ? { config } : {}) };
      prepared = refusingExit(() => prepareRun(setup)).then((run) => ({
        run,
        rules: new Map(run.rules.map((rule) => [rule.meta.id, rule.meta])),
        pluginFiles: run.config.plugins.filter((plugin) => plugin.startsWith('.') || isAbsolute(plugin)).map((plugin) => resolve(run.config.dir, plugin)),
      }));
      this.prepared.set(key, prepared);
    }
    return prepared;
  }
}
