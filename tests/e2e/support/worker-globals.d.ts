// The few `chrome.*` calls end-to-end tests make inside the extension's service worker (via evaluate).
declare const chrome: {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getPopup(details: { tabId: number }): Promise<string>;
    openPopup(): Promise<void>;
  };
  runtime: { reload(): void };
  storage: {
    sync: {
      set(items: object): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
      remove(keys: string | string[]): Promise<void>;
    };
    local: { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>> };
  };
};
