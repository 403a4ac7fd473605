import * as fs from 'fs';
import * as path from 'path';
import type { Plugin } from 'esbuild';

/** One SPFx string module (`KringCommonStrings`, …) and the AMD file of each locale it ships. */
export interface StringModule {
  name: string;
  /** Locale (`en-us`) → absolute path of its `loc/{locale}.js`. */
  files: Record<string, string>;
}

interface SpfxConfig {
  localizedResources?: Record<string, string>;
}

const LOCALE_FILE = /^([a-z]{2}-[a-z]{2})\.js$/;

/**
 * Reads the string modules from config/config.json `localizedResources` (the mapping the SPFx build uses): each
 * `lib/…/loc/{locale}.js` is compiled from `src/…/loc/{locale}.js`, so the sources are found there.
 */
export function readStringModules(projectRoot: string): StringModule[] {
  const config = JSON.parse(fs.readFileSync(path.join(projectRoot, 'config', 'config.json'), 'utf8')) as SpfxConfig;
  return Object.entries(config.localizedResources ?? {}).map(([name, pattern]) => {
    const folder = path.join(projectRoot, path.dirname(pattern.replace(/^lib\//, 'src/')));
    const files: Record<string, string> = {};
    for (const file of fs.readdirSync(folder)) {
      const match = LOCALE_FILE.exec(file);
      if (match) {
        files[match[1]] = path.join(folder, file);
      }
    }
    return { name, files };
  });
}

/**
 * The module that stands in for a string module: every locale bundled, the one the page asked for chosen when
 * the module is first evaluated, English when a locale is missing.
 */
export function stringModuleSource(module: StringModule, activeLocaleModule: string): string {
  const entries = Object.entries(module.files)
    .map(([locale, file]) => `  ${JSON.stringify(locale)}: function () { return require(${JSON.stringify(file)}); }`)
    .join(',\n');
  return [
    `var activeLocale = require(${JSON.stringify(activeLocaleModule)}).activeLocale();`,
    `var byLocale = {\n${entries}\n};`,
    `module.exports = (byLocale[activeLocale] || byLocale['en-us'])();`
  ].join('\n');
}

/** An SPFx `loc/*.js` file (`define([], function () { return {...}; })`) evaluated as CommonJS. */
export function amdAsCommonJs(source: string): string {
  return `var define = function (deps, factory) { module.exports = factory(); };\n${source}`;
}

/**
 * Resolves the SPFx string module names to the locale chosen in the page URL, so the real components render in
 * English or Dutch exactly as the SPFx build's `localizedResources` would make them.
 */
export function localeStringsPlugin(projectRoot: string, activeLocaleModule: string): Plugin {
  const modules = readStringModules(projectRoot);
  const byName = new Map(modules.map((module) => [module.name, module]));
  const locFiles = new Set(modules.flatMap((module) => Object.values(module.files)));
  const names = new RegExp(`^(${modules.map((module) => module.name).join('|')})$`);
  return {
    name: 'kring-locale-strings',
    setup(build) {
      build.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'kring-strings' }));
      build.onLoad({ filter: /.*/, namespace: 'kring-strings' }, (args) => {
        const module = byName.get(args.path);
        if (!module) {
          return { errors: [{ text: `Unknown string module ${args.path}` }] };
        }
        return {
          contents: stringModuleSource(module, activeLocaleModule),
          loader: 'js',
          resolveDir: projectRoot,
          watchFiles: [path.join(projectRoot, 'config', 'config.json')]
        };
      });
      build.onLoad({ filter: /[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js$/ }, async (args) => {
        if (!locFiles.has(args.path)) {
          return undefined;
        }
        return { contents: amdAsCommonJs(await fs.promises.readFile(args.path, 'utf8')), loader: 'js' };
      });
    }
  };
}
