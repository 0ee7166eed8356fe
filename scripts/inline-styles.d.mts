import type { Plugin } from 'vite';

export function inlineStylesheets(): Plugin;
