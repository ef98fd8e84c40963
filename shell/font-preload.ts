import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload" as="font">` to the built index.html for the web fonts the first paint uses, named by
 * the bundle (hashed file names stay right). Without it the browser finds the fonts only once the stylesheet is
 * parsed and a style uses them: a round trip later. `crossorigin` because fonts are always fetched in CORS mode; a
 * preload without it would be fetched a second time.
 */
export function fontPreload(names: readonly RegExp[]): Plugin {
  return {
    name: 'czp-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.values(context.bundle ?? {})
          .map((output) => output.fileName)
          .filter((file) => file.endsWith('.woff2') && names.some((name) => name.test(file.split('/').at(-1) ?? '')))
          .sort();
        if (fonts.length === 0) throw new Error('czp-font-preload: none of the fonts to preload is in the bundle');
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${file}`, crossorigin: true },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
