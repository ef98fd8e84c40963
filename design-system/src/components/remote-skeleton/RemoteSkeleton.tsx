export interface RemoteSkeletonProps {
  /** Visually hidden text announced while the service loads, e.g. "Načítá se služba Portál občana Telč". */
  label: string;
  /** Number of placeholder lines under the heading placeholder. Default 3. */
  lines?: number;
}

/**
 * Loading placeholder for a remote's area: aria-busy, a hidden status text, and decorative
 * gov.cz skeleton bars (ours, not GovSkeleton: that one is a focusable, unnamed role="progressbar").
 */
export function RemoteSkeleton({ label, lines = 3 }: RemoteSkeletonProps) {
  return (
    <div className="czp-remote-skeleton" aria-busy="true">
      <p className="czp-visually-hidden" role="status">
        {label}
      </p>
      <div className="czp-remote-skeleton__bars" aria-hidden="true">
        <span
          className="gov-skeleton progress czp-remote-skeleton__heading"
          data-shape="line"
          data-size="xl"
          data-color="neutral"
        />
        {Array.from({ length: lines }, (_, i) => `line-${i}`).map((key) => (
          <span
            key={key}
            className="gov-skeleton progress czp-remote-skeleton__line"
            data-shape="line"
            data-size="m"
            data-color="neutral"
          />
        ))}
      </div>
    </div>
  );
}
