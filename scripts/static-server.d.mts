export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}
/** Serves files from `roots` (first match wins) on 127.0.0.1. */
export function startStaticServer(roots: string[]): Promise<StaticServer>;
