import { GovButton } from '../../gov.js';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface CookieBarProps {
  /** Accessible name of the region, e.g. "Informace o cookies". */
  label: string;
  /** What the portal stores and why, in a sentence or two. */
  text: string;
  /** The link to the cookies page, e.g. "Více o cookies". */
  linkLabel: string;
  linkHref: string;
  /** Called for plain left clicks on the link only, after `preventDefault()`. */
  onNavigate?: NavigateHandler;
  /** The button that dismisses the bar, e.g. "Rozumím". */
  acceptLabel: string;
  /** The citizen dismissed the bar: remember it and stop rendering the bar. */
  onAccept: () => void;
}

/**
 * The portal's cookie notice: a labelled region in the page's flow (near the top, never fixed over the content), with
 * a link to the cookies page and a button that dismisses it. The caller remembers the dismissal and moves focus on.
 * Ours.
 */
export function CookieBar({ label, text, linkLabel, linkHref, onNavigate, acceptLabel, onAccept }: CookieBarProps) {
  return (
    <section className="czp-cookie-bar" aria-label={label}>
      <div className="czp-cookie-bar__inner">
        <p className="czp-cookie-bar__text">
          {text}{' '}
          <a className="czp-cookie-bar__link" href={linkHref} onClick={linkClickHandler(linkHref, onNavigate)}>
            {linkLabel}
          </a>
        </p>
        <GovButton type="solid" color="primary" size="s" onClick={onAccept}>
          {acceptLabel}
        </GovButton>
      </div>
    </section>
  );
}
