import * as path from 'path';
import * as esbuild from 'esbuild';
import { localeStringsPlugin } from './localeStrings';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const WORKBENCH_DIST = path.join(PROJECT_ROOT, 'workbench', 'dist');

/** `production` is React's production build, minified, as SharePoint serves the ship bundle (benchmarks). */
export type WorkbenchBuildMode = 'development' | 'production';

function buildOptions(
  mode: WorkbenchBuildMode,
  onRebuilt?: (result: esbuild.BuildResult) => void,
  outdir: string = WORKBENCH_DIST
): esbuild.BuildOptions {
  const plugins: esbuild.Plugin[] = [
    localeStringsPlugin(PROJECT_ROOT, path.join(PROJECT_ROOT, 'workbench', 'src', 'activeLocale.ts'))
  ];
  if (onRebuilt) {
    plugins.push({ name: 'kring-rebuilt', setup: (build) => build.onEnd(onRebuilt) });
  }
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { workbench: path.join(PROJECT_ROOT, 'workbench', 'src', 'main.tsx') },
    outdir,
    bundle: true,
    // ES modules with splitting: each web part's root is a chunk of its own, loaded when it mounts, as SPFx does.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: 'es2019',
    jsx: 'transform',
    sourcemap: true,
    tsconfig: path.join(PROJECT_ROOT, 'tsconfig.json'),
    minify: mode === 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'silent',
    plugins
  };
}

/**
 * Bundles the workbench page once (tests, `npm run build:workbench`); into `outdir` when a build must not be
 * replaced by a running `npm start` rebuilding `workbench/dist` (the bench).
 */
export async function buildWorkbench(
  mode: WorkbenchBuildMode = 'development',
  outdir: string = WORKBENCH_DIST
): Promise<esbuild.BuildResult> {
  return esbuild.build(buildOptions(mode, undefined, outdir));
}

/** Bundles the workbench page, then rebuilds incrementally whenever a source file changes (`npm start`). */
export async function watchWorkbench(onRebuilt: (result: esbuild.BuildResult) => void): Promise<esbuild.BuildContext> {
  let firstBuildDone: () => void = () => undefined;
  const firstBuild = new Promise<void>((resolve) => (firstBuildDone = resolve));
  const context = await esbuild.context(
    buildOptions('development', (result) => {
      onRebuilt(result);
      firstBuildDone();
    })
  );
  // watch() starts with a full build; a failing one is reported through onRebuilt and a fix rebuilds it.
  await context.watch();
  await firstBuild;
  return context;
}
