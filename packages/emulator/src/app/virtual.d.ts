/** The modules the czp-emulator Vite plugin answers from the remote's folder (see ../plugin.ts). */
declare module 'virtual:czp-emulator/remote' {
  const lifecycles: import('@czp/contract').RemoteLifecycles;
  export default lifecycles;
}

declare module 'virtual:czp-emulator/service' {
  const metadata: import('@czp/contract').ServiceMetadata;
  export default metadata;
}

declare module 'virtual:czp-emulator/mocks' {
  export const handlers: unknown;
  export const outageHandlers: unknown;
  const fallback: unknown;
  export default fallback;
}
