// Builds the two JS baselines (vanilla, React 19) with Vite into out/sites/<name>/.
// Usage: node build-baselines.mjs
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
for (const name of ['vanilla', 'react']) {
  await build({
    root: join(here, name),
    base: '/',
    logLevel: 'warn',
    configFile: false,
    esbuild: { jsx: 'automatic' },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir: join(here, 'out', 'sites', name), emptyOutDir: true, target: 'es2022' },
  });
  console.log(`built ${name} -> out/sites/${name}`);
}
