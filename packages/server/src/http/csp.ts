/** The portal's Content Security Policy: its own origin only, plus the allow-listed origins of remotes. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The CSP with the allow-listed origins of remotes: their scripts, styles, images and fetches (mf-manifest.json). */
export function contentSecurityPolicy(remoteOrigins: readonly string[]): typeof CONTENT_SECURITY_POLICY {
  const plus = (sources: string[]) => [...sources, ...remoteOrigins];
  return {
    ...CONTENT_SECURITY_POLICY,
    scriptSrc: plus(CONTENT_SECURITY_POLICY.scriptSrc),
    styleSrc: plus(CONTENT_SECURITY_POLICY.styleSrc),
    imgSrc: plus(CONTENT_SECURITY_POLICY.imgSrc),
    connectSrc: plus(CONTENT_SECURITY_POLICY.connectSrc),
  };
}
