/** The module every remote exposes: its single-spa lifecycles, made by defineRemote(). */
export const REMOTE_EXPOSED_MODULE = './app';

/**
 * Libraries the shell provides once and every remote must take from it, not bundle.
 * A remote built without these as shared singletons ships a second React and its hooks break
 * (React error #321), so the server refuses to publish it.
 */
export const SHARED_SINGLETONS = [
  'react',
  'react-dom',
  'zustand',
  '@czp/design-system',
  '@czp/design-system/forms',
  '@czp/design-system/content',
  '@czp/remote-sdk',
] as const;
export type SharedSingleton = (typeof SHARED_SINGLETONS)[number];
