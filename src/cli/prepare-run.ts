/**
 * What a lint run needs before it reads a proposal — the config, the rules (built-in and
 * plugins) and the per-file settings — built the same way on the main thread and in workers.
 */
import { dirname, resolve } from 'node:path';
import { findConfig, loadConfig, parseCliRule, SettingsResolver, type LoadedConfig } from '../config/config.js';
import { UsageError } from '../engine/errors.js';
import { builtinRules, pluginRules } from '../engine/registry.js';
import { isStrategy, strategyIds } from '../lexicon/strategies.js';
import type { Rule } from '../engine/rule-api.js';
import { validateRuleOptions } from '../config/rule-options.js';
import { pluginsDisabled, projectRoot, trustedPlugins, type TrustedPlugin } from '../config/trust.js';

/** The flags that decide which rules run on which file: all a worker needs to know. */
export interface RunSetup {
  cwd: string;
  config?: string;
  strategy: string[];
  rule: string[];
  /** `--no-plugins` gives false; ITSTRAT_NO_PLUGINS=1 in the environment does the same. */
  plugins?: boolean;
}

export interface PreparedRun {
  config: LoadedConfig;
  rules: Rule[];
  resolver: SettingsResolver;
}

export interface TrustedConfig {
  /** The config; with plugins off, its `plugins` list is empty. */
  config: LoadedConfig;
  /** The config's plugins, located and trusted, not yet imported. */
  plugins: TrustedPlugin[];
  /** The config's plugins that were named but not loaded (`--no-plugins`). */
  skippedPlugins: string[];
}

/**
 * The config, and its plugins located and checked against the trust root (src/config/trust.ts)
 * without importing any: what `lint`, `report`, `rules` and `explain` all start from. With
 * plugins off, the config's `plugins` are set aside unread.
 */
export async function loadTrustedConfig(setup: Pick<RunSetup, 'cwd' | 'config' | 'plugins'>): Promise<TrustedConfig> {
  const configPath = setup.config ? resolve(setup.cwd, setup.config) : findConfig(setup.cwd);
  const config = await loadConfig(configPath, setup.cwd);
  if (pluginsDisabled(setup.plugins)) return { config: { ...config, plugins: [] }, plugins: [], skippedPlugins: config.plugins };
  if (!configPath) return { config, plugins: [], skippedPlugins: [] };
  const root = projectRoot(setup.config ? dirname(configPath) : setup.cwd, setup.config ? 'the folder of --config' : 'the working directory');
  const locate = (index: number): string => config.locate?.(['plugins', index]) ?? configPath;
  return { config, plugins: trustedPlugins(configPath, config.plugins, root, locate), skippedPlugins: [] };
}

export async function prepareRun(setup: RunSetup): Promise<PreparedRun> {
  for (const strategy of setup.strategy) {
    if (!isStrategy(strategy)) throw new UsageError(`unknown strategy "${strategy}" (choose from ${strategyIds().join(', ')})`);
  }
  const { config, plugins, skippedPlugins } = await loadTrustedConfig(setup);
  const rules: Rule[] = [...(await builtinRules())];
  for (const [index, plugin] of plugins.entries()) {
    let pluginList: Rule[];
    try {
      pluginList = await pluginRules(plugin.specifier, plugin.file);
    } catch (error) {
      // Where the plugin is named: the config file, line and key path.
      if (error instanceof UsageError && config.locate)
        throw new UsageError(`invalid config ${config.locate(['plugins', index])}: plugins[${index}]: ${error.message}`);
      throw error;
    }
    for (const rule of pluginList) {
      if (rules.some((existing) => existing.meta.id === rule.meta.id))
        throw new UsageError(`plugin "${plugin.specifier}" redefines the rule "${rule.meta.id}"`);
      rules.push(rule);
    }
  }
  const cliRules = setup.rule.reduce((into, value) => parseCliRule(value, into), {});
  return { config, rules, resolver: new SettingsResolver(config, rules, setup.strategy, cliRules, validateRuleOptions, skippedPlugins) };
}
