import { z } from 'zod/mini';
import { LEVELS_OF_ASSURANCE } from './levels.js';
import type { Locale } from './locales.js';
import { localeSchema } from './localized.js';

/** The signed-in person as a remote may know them: never a token, never a birth number. */
export const signedInPersonSchema = z.object({
  /** Stable pseudonymous id, different per service would be stronger; one per portal for now. */
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  levelOfAssurance: z.enum(LEVELS_OF_ASSURANCE),
});
export type SignedInPerson = z.infer<typeof signedInPersonSchema>;

export const hostStateSchema = z.object({
  locale: localeSchema,
  person: z.nullable(signedInPersonSchema),
});
/** What the shell tells every remote, and tells again whenever it changes. */
export type HostState = z.infer<typeof hostStateSchema>;

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';
export interface Notice {
  kind: NoticeKind;
  message: string;
}

/** Calls to the portal API under /api/services/<serviceId>/: the only API a remote reaches. */
export interface ServiceApiClient {
  get(path: string, init?: RequestInit): Promise<Response>;
  /**
   * Mutating calls carry the CSRF token; the remote never handles it. A `FormData` body goes as multipart (files),
   * anything else as JSON.
   */
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Response>;
}

/** A framework-free, subscribable view of the host state (a zustand vanilla store satisfies it). */
export interface HostStateSource {
  getState(): HostState;
  subscribe(listener: (state: HostState, previous: HostState) => void): () => void;
}

/** Everything the shell offers a remote. Remotes get nothing else from the shell. */
export interface HostApi {
  state: HostStateSource;
  /** Navigate within the portal (path starting with /) without a full page load. */
  navigate(path: string): void;
  /** Show a toast in the portal frame. */
  notify(notice: Notice): void;
  /** Tell the shell the remote has failed while rendering; the shell shows the fallback instead. */
  reportCrash(error: unknown): void;
  /** A count for the service's place in the navigation (unread messages); null clears it. */
  setBadge(count: number | null): void;
  /**
   * The title of the page the remote shows (a life situation), without the service's or the portal's name: the shell
   * makes the tab's title "<title> – <service> – Portál občana". null goes back to the service's own title. Optional:
   * a host from before it existed has none (call it through the SDK's usePageTitle).
   */
  setTitle?(title: string | null): void;
  /**
   * Whether the signed-in citizen has added this service to their services now: the portal lets a service read
   * register data only then, so the SDK does not ask for a read that would be refused (403 service-not-added).
   * Optional: without it the read is asked for and the portal decides.
   */
  isServiceAdded?(): boolean;
  api: ServiceApiClient;
}

/** The props single-spa passes to a remote's lifecycles. */
export interface RemoteProps {
  serviceId: string;
  /** Where the remote lives in the portal, e.g. /services/telc. Its own routes go below it. */
  basePath: string;
  /** The element the remote renders into: its own place in the frame. */
  domElement: HTMLElement;
  host: HostApi;
}

export interface RemoteLifecycles {
  bootstrap(props: RemoteProps): Promise<unknown>;
  mount(props: RemoteProps): Promise<unknown>;
  unmount(props: RemoteProps): Promise<unknown>;
}

export type { Locale };
