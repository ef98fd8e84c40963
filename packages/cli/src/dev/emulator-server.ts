import type { ViteDevServer } from 'vite';

/** A running `czp dev` emulator. */
export interface RunningEmulator {
  /** The emulator's page for the service, e.g. http://localhost:5173/services/pribram. */
  url: string;
  /** The server's origin, e.g. http://localhost:5173. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface EmulatorServerOptions {
  /** The remote's folder (absolute). */
  remoteDir: string;
  serviceId: string;
  /** The port; taken as given (strict) when set, else 5173 or the next free one. */
  port?: number;
  /** Vite's own console output: 'info' for `czp dev`, 'silent' for `czp check`. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

const DEFAULT_PORT = 5173;

/**
 * Starts Vite's dev server (hot reload with React Refresh) with the emulator plugin, on localhost only: the
 * emulator is a developer's tool, not for the network. vite and the React plugin are loaded here, at run time, so
 * the other commands of czp do not pay for them.
 */
export async function startEmulatorServer(options: EmulatorServerOptions): Promise<RunningEmulator> {
  const [{ createServer }, { default: react }, { czpEmulator }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
    import('@czp/emulator/plugin'),
  ]);
  const server: ViteDevServer = await createServer({
    // The remote's own vite.config.ts builds it for Module Federation; the emulator imports its source instead.
    configFile: false,
    envDir: false,
    logLevel: options.logLevel ?? 'info',
    clearScreen: false,
    plugins: [react(), czpEmulator({ remoteDir: options.remoteDir })],
    server: {
      host: 'localhost',
      port: options.port ?? DEFAULT_PORT,
      strictPort: options.port !== undefined,
    },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);
  const origin = `http://localhost:${port}`;
  return {
    url: `${origin}/services/${options.serviceId}`,
    origin,
    port,
    close: () => server.close(),
  };
}
