import type { Plugin } from 'vite';
export function prerenderPopup(): Plugin;
