import { z } from 'zod/mini';
import { semverSchema, serviceMetadataSchema } from './service.js';

/** One file of a published version with its Subresource Integrity hash (sha384-…). */
export const integrityEntrySchema = z.object({
  path: z.string(),
  integrity: z.string().check(z.regex(/^sha384-[A-Za-z0-9+/]+=*$/)),
});

/**
 * Where a remote's file is: under the portal's /remotes/ (an uploaded version), or an absolute http(s) URL under the
 * base URL of a remote the issuer hosts on its own, allow-listed origin.
 */
export const remoteFileUrlSchema = z.string().check(
  z.refine((value) => value.startsWith('/remotes/') || /^https?:\/\/[^/?#\s]+\/\S*$/.test(value), {
    error: 'must be a path under /remotes/ or an absolute http(s) URL',
  }),
);

/** A service as the shell sees it: metadata plus where its active version lives. */
export const catalogueEntrySchema = z.extend(serviceMetadataSchema, {
  version: semverSchema,
  /**
   * The active version's Module Federation manifest, e.g. /remotes/telc/1.0.0/mf-manifest.json, or an absolute URL
   * for a remote on the issuer's origin (https://portal.telc.eu/czp/telc/1.2.0/mf-manifest.json).
   */
  manifestUrl: remoteFileUrlSchema,
  /** Remote entry script of the active version (what `registerRemotes` loads). */
  entryUrl: remoteFileUrlSchema,
  /** Module Federation name of the remote (unique per service). */
  federationName: z.string(),
  /** Scripts and styles the exposed module needs on first mount: preloaded by the server. */
  preload: z.object({ js: z.array(z.string()), css: z.array(z.string()) }),
  /** Subresource Integrity (sha384-…) of the version's scripts and styles by URL (as above): the shell refuses others. */
  integrity: z.record(z.string(), z.string().check(z.regex(/^sha384-[A-Za-z0-9+/]+=*$/))),
  /** The logo's URL when the service has one. */
  logoUrl: z.optional(remoteFileUrlSchema),
  publishedAt: z.string(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z.object({
  services: z.array(catalogueEntrySchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
