// `prisma generate` never runs the schema engine, but the CLI insists on finding (or downloading)
// its binary first; the download cannot succeed offline, so point it at any existing file.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
execFileSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  cwd: `${here}/..`,
});
