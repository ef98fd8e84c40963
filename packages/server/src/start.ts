import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevMail } from '@czp/dev-mail';
import { Redis } from 'ioredis';
import { writeServerAddress } from './admin/running-server.js';
import { buildApp } from './app.js';
import { loadIdentityProviderConfig } from './auth/config.js';
import { DEFAULT_SESSION_POLICY } from './auth/sessions.js';
import { type BundleStore, FileBundleStore } from './catalogue/bundle-store.js';
import { DatabaseBundleStore } from './catalogue/database-bundle-store.js';
import { publishLocalRemotes } from './catalogue/publishing/local.js';
import { parseRemoteOrigins, REMOTE_ORIGINS_ENV } from './catalogue/remote-origins.js';
import { openDatabase } from './db/index.js';
import { developmentAuthorities } from './development/authorities.js';
import { developmentDataBoxRegister } from './development/data-box-register.js';
import { startIdentityProvider } from './development/identity-provider.js';
import { seedDevelopmentPublishers } from './development/publishers.js';
import { REGISTERS_URL_ENV, startRegisters } from './development/registers.js';
import { migrate } from './features.js';
import { channelsFromEnvironment } from './notifications/channels/environment.js';
import { loggerOptions } from './operations/logging.js';
import { Metrics } from './operations/metrics.js';
import { loadOperatorToken, OPERATOR_TOKEN_ENV } from './operations/operator.js';
import { previewSettingsFromEnv } from './preview/settings.js';
import { ConfigurationError } from './startup/configuration-error.js';
import { findRepoRoot, resolveIconsDir } from './startup/paths.js';
import { loadSessionSecret } from './startup/secret.js';

function openBrowser(url: string): void {
  if (process.env.CI || process.env.CZP_NO_OPEN === '1') return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Best effort only: the address is printed anyway.
  }
}

/** Starts the portal: migrate, publish the repo's built remotes, listen, open the browser. */
export async function start(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const repoRoot = findRepoRoot(here) ?? process.cwd();
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? 'localhost';
  const dataDir = resolve(process.env.DATA_DIR ?? join(repoRoot, '.data'));
  let version = '0.0.0';
  try {
    version = String(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version ?? version);
  } catch {}

  // Refuse to start on an incomplete identity configuration before touching anything else.
  const identityConfig = loadIdentityProviderConfig();
  const publicUrl = (process.env.CZP_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const idleMinutes = Number(process.env.CZP_SESSION_IDLE_MINUTES ?? 15);
  if (!Number.isFinite(idleMinutes) || idleMinutes < 1 || idleMinutes > 24 * 60) {
    throw new ConfigurationError('CZP_SESSION_IDLE_MINUTES must be a number of minutes between 1 and 1440.');
  }
  const remoteOrigins = parseRemoteOrigins(process.env[REMOTE_ORIGINS_ENV]);
  // A bad CZP_ALLOW_PREVIEW or CZP_PREVIEW_ORIGINS stops the start before anything opens.
  const preview = previewSettingsFromEnv(process.env);
  const identity = await startIdentityProvider(identityConfig, { publicUrl, host, log: console });
  const registers = await startRegisters({
    env: process.env,
    host,
    production: process.env.NODE_ENV === 'production',
    log: console,
  });

  // E-mail and SMS: CZP_SMTP_URL and CZP_SMS_URL; outside production without an SMTP server, the bundled catcher
  // (its SMS sink too, unless CZP_SMS_URL names a gateway). A second replica on this machine shares the first's.
  const production = process.env.NODE_ENV === 'production';
  const devMail =
    !process.env.CZP_SMTP_URL && !production
      ? await startDevMail({
          smtpPort: Number(process.env.CZP_DEV_MAIL_SMTP_PORT ?? 2525),
          webPort: Number(process.env.CZP_DEV_MAIL_PORT ?? 8025),
          joinRunning: true,
        })
      : null;
  const channels = channelsFromEnvironment({
    ...process.env,
    ...(devMail ? { CZP_SMTP_URL: devMail.smtpUrl, CZP_SMS_URL: process.env.CZP_SMS_URL || devMail.smsUrl } : {}),
  });
  if (production && !channels.email) console.warn('CZP_SMTP_URL is not set: e-mail to citizens goes to the log only');
  if (production && !channels.sms) console.warn('CZP_SMS_URL is not set: SMS to citizens goes to the log only');

  const metrics = new Metrics();
  const db = metrics.instrument(await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir }));
  // On PostgreSQL the portal may run as several replicas: published files live in the database, cached per process.
  const store: BundleStore = process.env.DATABASE_URL
    ? new DatabaseBundleStore(db, join(dataDir, 'bundle-cache'), new FileBundleStore(join(dataDir, 'remotes')))
    : new FileBundleStore(join(dataDir, 'remotes'));
  const operator = await loadOperatorToken(dataDir);
  // Rate limit counters shared by the replicas; without REDIS_URL each process counts alone.
  const redis = process.env.REDIS_URL
    ? new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  redis?.on('error', () => {});
  const app = await buildApp({
    db,
    store,
    metrics,
    operatorToken: operator.token,
    ...(redis ? { rateLimitRedis: redis } : {}),
    // Behind a reverse proxy (deploy/): client address and protocol from its X-Forwarded-* headers. Only when the
    // server is reachable through the proxy alone, or anyone could claim any address.
    trustProxy: process.env.CZP_TRUST_PROXY === '1',
    version,
    shellDir: join(repoRoot, 'shell', 'dist'),
    iconsDir: resolveIconsDir(repoRoot) ?? undefined,
    sessionSecret: await loadSessionSecret(dataDir),
    secureCookies: process.env.CZP_SECURE_COOKIES === '1' || publicUrl.startsWith('https:'),
    identityProvider: identity.provider,
    // The development identity provider's test citizens say themselves whether they have a data box.
    ...(identity.provider.development ? { dataBoxRegister: developmentDataBoxRegister } : {}),
    // Until the registries answer through the service bus, their development stand-ins reply in the data box.
    authorities: developmentAuthorities,
    ...(registers.gateway ? { registersGateway: registers.gateway } : {}),
    publicUrl,
    sessionPolicy: { ...DEFAULT_SESSION_POLICY, idleTimeoutMs: idleMinutes * 60 * 1000 },
    logger: loggerOptions(),
    remoteOrigins,
    preview,
    ...channels,
  });
  const log = app.log;
  if (preview.enabled && process.env.NODE_ENV === 'production') {
    log.warn('CZP_ALLOW_PREVIEW=1: browsers may preview services from development servers');
  }
  // Outside production a development clerk walks each demo submission to a decision within a minute.
  if (process.env.NODE_ENV !== 'production') app.submissions.developmentClerk = true;

  let closing = false;
  const shutdownTimeoutMs = Number(process.env.CZP_SHUTDOWN_TIMEOUT_MS ?? 10_000);
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: closing (in-flight requests finish, new ones get 503)`);
    // A request that never ends must not keep the process up for ever: the proxy has moved on long before.
    setTimeout(() => {
      log.error(`could not close within ${shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, shutdownTimeoutMs).unref();
    try {
      // Drains in-flight requests, then the app's onClose hooks stop the job queue, before the database closes.
      await app.close();
      await identity.close();
      await registers.close();
      channels.email?.close();
      await devMail?.close();
      await redis?.quit().catch(() => {});
      await db.close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'could not close cleanly');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const applied = await migrate(db);
  log.info({ database: db.kind, applied }, applied.length ? 'database migrated' : 'database up to date');

  // CZP_REMOTES_DIR: publish built remotes from another folder (a deployment's artefacts, or a test's).
  // CZP_PUBLISH_LOCAL_REMOTES=0: several replicas publish once (one of them, or a deployment step), not each.
  const remotesDir = resolve(process.env.CZP_REMOTES_DIR ?? join(repoRoot, 'remotes'));
  const outcomes =
    process.env.CZP_PUBLISH_LOCAL_REMOTES === '0' ? [] : await publishLocalRemotes(remotesDir, db, store);
  for (const outcome of outcomes) {
    if (outcome.status === 'refused') log.error({ remote: outcome.dir }, `remote refused: ${outcome.message}`);
    else if (outcome.status === 'skipped') log.warn({ remote: outcome.dir }, outcome.message);
    else log.info({ remote: outcome.dir, status: outcome.status }, outcome.message);
  }
  // After publishing: every issuer of the local remotes is known by now and gets its development token.
  if (process.env.NODE_ENV !== 'production') {
    await seedDevelopmentPublishers(
      db,
      { info: (m) => log.info(m), warn: (m) => log.warn(m) },
      { remotesDir, dataDir },
    );
  }

  if (!registers.gateway) {
    log.warn(`${REGISTERS_URL_ENV} is not set: the portal runs without registers (every register read answers 503)`);
  }
  if (operator.source === 'file') {
    log.info(
      `operator token (for /metrics and /api/operations/inventory) in ${operator.file}; set ${OPERATOR_TOKEN_ENV} in production`,
    );
  } else if (operator.source === 'none') {
    log.warn(`${OPERATOR_TOKEN_ENV} is not set: /metrics and the operator endpoints refuse everyone`);
  }

  await app.listen({ port, host });
  const shown = host === '0.0.0.0' || host === '::' || host === 'localhost' ? 'localhost' : host;
  const url = `http://${shown}:${port}`;
  // czp-admin finds this server by the address beside the embedded database it holds.
  if (!process.env.DATABASE_URL) await writeServerAddress(dataDir, url);
  console.log(`CzP is running at ${url}`);
  if (identity.provider.development) {
    console.log(
      `Development identity provider at ${identity.provider.origin} (test citizens: see README, e.g. jan.novak)`,
    );
  }
  if (registers.development) console.log(`Development register server at ${registers.url}`);
  if (devMail) {
    console.log(`Development mail inbox at ${devMail.webUrl} (the e-mails and SMS the portal sent; nothing leaves)`);
  }
  openBrowser(url);
}

start().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    console.error(`CzP could not start: ${error.message}`);
    process.exit(1);
  }
  console.error('CzP could not start:', error);
  process.exit(1);
});
