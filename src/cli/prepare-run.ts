/**
 * What a lint run needs before it reads a proposal — the config, the rules (built-in and
 * plugins) and the per-file settings — built the same way on the main thread and in workers.
 */
import { resolve } from 'node:path';
import { findConfig, loadConfig, parseCliRule, SettingsResolver, type LoadedConfig } from '../config/config.js';
import { UsageError } from '../engine/errors.js';
import { builtinRules, pluginRules } from '../engine/registry.js';
import { isStrategy, strategyIds } from '../lexicon/strategies.js';
import type { Rule } from '../engine/rule-api.js';
import { validateRuleOptions } from '../config/rule-options.js';

/** The flags that decide which rules run on which file: all a worker needs to know. */
export interface RunSetup {
  cwd: string;
  config?: string;
  strategy: string[];
  rule: string[];
  /** The language server's reload count: plugins load anew when it changes (see `pluginRules`). */
  generation?: number;
}

export interface PreparedRun {
  config: LoadedConfig;
  rules: Rule[];
  resolver: SettingsResolver;
}

export async function prepareRun(setup: RunSetup): Promise<PreparedRun> {
  for (const strategy of setup.strategy) {
    if (!isStrategy(strategy)) throw new UsageError(`unknown strategy "${strategy}" (choose from ${strategyIds().join(', ')})`);
  }
  const configPath = setup.config ? resolve(setup.cwd, setup.config) : findConfig(setup.cwd);
  const config = await loadConfig(configPath, setup.cwd);
  const rules: Rule[] = [...(await builtinRules())];
  for (const [index, plugin] of config.plugins.entries()) {
    let pluginList: Rule[];
    try {
      pluginList = await pluginRules(plugin, config.dir, setup.generation);
    } catch (error) {
      // Where the plugin is named: the config file, line and key path.
      if (error instanceof UsageError && config.locate)
        throw new UsageError(`invalid config ${config.locate(['plugins', index])}: plugins[${index}]: ${error.message}`);
      throw error;
    }
    for (const rule of pluginList) {
      if (rules.some((existing) => existing.meta.id === rule.meta.id)) throw new UsageError(`plugin "${plugin}" redefines the rule "${rule.meta.id}"`);
      rules.push(rule);
    }
  }
  const cliRules = setup.rule.reduce((into, value) => parseCliRule(value, into), {});
  return { config, rules, resolver: new SettingsResolver(config, rules, setup.strategy, cliRules, validateRuleOptions) };
}
