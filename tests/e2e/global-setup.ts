import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the Chrome extension once before the end-to-end tests load it. */
export default function setup(): void {
  if (process.env.BACKSTORY_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { cwd: resolve(__dirname, '../..'), stdio: 'inherit' });
}
