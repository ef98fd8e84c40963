export const TOKEN_SOURCES: { base: string; highContrast: string };
export const TOKENS_CSS: string;
export function flatten(group: object, path?: string[]): [string[], string][];
export function renderTokensCss(base: object, highContrast: object): string;
export function buildTokensCss(): string;
export function writeTokensCss(): void;
export function tokensPlugin(): import('vite').Plugin;
