import { execSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the Chrome extension once before the end-to-end tests load it. Vitest sets NODE_ENV to "test",
 * which the child build would inherit and which makes the bundler pick React's development build; the tests
 * must drive the build that ships.
 */
export default function setup(): void {
  if (process.env.BACKSTORY_SKIP_BUILD === '1') return;
  execSync('npx wxt build', {
    cwd: resolve(__dirname, '../..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
