// The part boundaries of the portal, checked by `pnpm lint:boundaries` (dependency-cruiser).
// Paths are the files' real locations: a workspace package (`@czp/shell`, `@czp/server`, …) resolves through its
// pnpm symlink to its folder, so importing a part by package name and by relative path are the same dependency.
// Type-only imports count (tsPreCompilationDeps): a type pulled across a boundary couples the parts all the same.

/** Front-end code, by folder: what the server must not load (it runs the shell's build, never its source). */
const FRONT_END_FOLDERS = '^(shell|remotes|design-system)/|^packages/(remote-sdk|remote-build|mocks)/';
/** Front-end libraries from npm (through pnpm's store: …/node_modules/react/…). */
const FRONT_END_LIBRARIES =
  '(^|/)node_modules/(react|react-dom|zustand|msw|@gov-design-system-ce/[^/]+|@module-federation/[^/]+|@testing-library/[^/]+)/';
/** The back end: the server, the publisher CLI and the development identity provider. */
const BACK_END = '^packages/(server|cli|dev-idp|dev-registers|dev-mail|service-bus)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and parts impossible to take apart: break the cycle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shell-not-to-remotes',
      severity: 'error',
      comment: 'The shell loads remotes at run time through Module Federation and the catalogue, never by import.',
      from: { path: '^shell/' },
      to: { path: '^remotes/' },
    },
    {
      name: 'remotes-not-to-shell',
      severity: 'error',
      comment: 'A remote talks to the shell only through @czp/remote-sdk and the props in @czp/contract.',
      from: { path: '^remotes/' },
      to: { path: '^shell/' },
    },
    {
      name: 'remote-not-to-other-remote',
      severity: 'error',
      comment: 'Remotes are published and versioned apart: one never imports another (share through the SDK).',
      from: { path: '^remotes/([^/]+)/' },
      to: { path: '^remotes/', pathNot: '^remotes/$1/' },
    },
    {
      name: 'front-end-not-to-back-end',
      severity: 'error',
      comment: 'Browser code reaches the server over HTTP only; shapes they share live in @czp/contract.',
      from: { path: '^(shell|remotes|design-system)/' },
      to: { path: BACK_END },
    },
    {
      name: 'server-not-to-front-end',
      severity: 'error',
      comment: 'The server imports no front-end package but @czp/contract (it serves the built shell and remotes).',
      from: { path: '^packages/server/' },
      to: { path: [FRONT_END_FOLDERS, FRONT_END_LIBRARIES] },
    },
    {
      name: 'libraries-not-to-apps',
      severity: 'error',
      comment: 'The design system and the packages are used by the shell and the remotes, never the other way round.',
      from: { path: '^(design-system|packages)/' },
      to: { path: '^(shell|remotes)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.git|dist|storybook-static|test-results|playwright-report|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Workspace packages export their TypeScript source (`"exports": {".": "./src/index.ts"}`).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
