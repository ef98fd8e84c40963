import type { Database } from '../db/database.js';

/** Development only: one publishing token per known issuer, documented in the README. */
export async function seedDevelopmentPublishers(_db: Database, _log: { info(message: string): void }): Promise<void> {}
