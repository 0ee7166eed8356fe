import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';

/** Serves the project's own test pages and the demo's sample page from 127.0.0.1. */
export function servePages(): Promise<StaticServer> {
  return startStaticServer([resolve(__dirname, '../pages'), resolve(__dirname, '../../../demo')]);
}
