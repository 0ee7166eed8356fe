/**
 * Where the build writes the bundled fact base (wxt.config.ts), as JSON: a worker or popup that imported it
 * as a module parsed all of it at every start, even the starts that only read the database. Its own module:
 * the build's config imports it before any generated module exists.
 */
export const FACT_BASE_FILE = '/fact-base.json';
