export const WEIGHTS: Record<'regular' | 'medium' | 'bold', number>;
export const SUBSETS: Record<'latin' | 'ext', [number, number][]>;
export function unicodeRange(ranges: [number, number][]): string;
export function fontFile(weight: string, subset: string): string;
export function fontsCss(): string;
