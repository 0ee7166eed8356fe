/** Path of a Chromium-family browser, or throws an error saying how to get one. */
export function findChrome(): string;
