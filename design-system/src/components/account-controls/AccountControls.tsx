import { useId } from 'react';

interface AccountPerson {
  name: string;
  /** A second line, e.g. "Úroveň ověření: vysoká". */
  detail?: string;
}

export interface AccountControlsProps {
  /** The signed-in person; absent = the login link is shown. */
  person?: AccountPerson | null;
  /** Accessible name of the group, e.g. "Přihlášená osoba". */
  label: string;
  loginLabel: string;
  /** Where login starts (a full page load: the identity provider is another site). */
  loginHref: string;
  logoutLabel: string;
  /** Where the logout form posts. */
  logoutAction: string;
  /** The CSRF token the logout form carries (field `_csrf`). */
  csrfToken: string;
}

/**
 * Login link or the signed-in person with a logout button, for the portal header. Logout is a plain form POST so it
 * works before (or without) JavaScript and cannot be triggered by a link from another site. Ours (gov.cz has none).
 */
export function AccountControls({
  person,
  label,
  loginLabel,
  loginHref,
  logoutLabel,
  logoutAction,
  csrfToken,
}: AccountControlsProps) {
  const nameId = useId();
  if (!person) {
    return (
      <a className="czp-header-button czp-account__login" href={loginHref}>
        {loginLabel}
      </a>
    );
  }
  return (
    <section className="czp-account" aria-label={label}>
      <p className="czp-account__person" id={nameId}>
        <span className="czp-account__name">{person.name}</span>
        {person.detail && <span className="czp-account__detail">{person.detail}</span>}
      </p>
      <form className="czp-account__logout" method="post" action={logoutAction}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button type="submit" className="czp-header-button czp-account__button" aria-describedby={nameId}>
          {logoutLabel}
        </button>
      </form>
    </section>
  );
}
