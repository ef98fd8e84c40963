import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface SettingsMenuItem {
  href: string;
  label: string;
  /** The page being shown: marked with aria-current="page". */
  current?: boolean;
}

export interface SettingsMenuProps {
  /** The button's text and the menu's accessible name, e.g. "Nastavení". */
  label: string;
  /** Optional heading shown at the top of the open list. */
  title?: string;
  items: SettingsMenuItem[];
  onNavigate?: NavigateHandler;
}

/**
 * A disclosure: a button (aria-expanded, aria-controls) showing a list of links. Escape closes it
 * and returns focus to the button; arrow keys move between the links; a click outside or moving
 * focus elsewhere closes it.
 */
export function SettingsMenu({ label, title, items, onNavigate }: SettingsMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const onPointerDown = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    doc.addEventListener('pointerdown', onPointerDown);
    return () => doc.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const links = () => Array.from(rootRef.current?.querySelectorAll<HTMLAnchorElement>('.czp-settings__link') ?? []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const all = links();
    if (all.length === 0) return;
    const fromButton = event.target === buttonRef.current;
    if (fromButton && !open) {
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      setOpen(true);
      return;
    }
    if (!open) return;
    event.preventDefault();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    let next = 0;
    if (event.key === 'End') next = all.length - 1;
    else if (event.key === 'ArrowDown') next = index < 0 ? 0 : (index + 1) % all.length;
    else if (event.key === 'ArrowUp') next = index <= 0 ? all.length - 1 : index - 1;
    all[next]?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keydown is delegated from the button and links inside.
    <div
      className="czp-settings"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="czp-header-button czp-settings__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      <div className="czp-settings__panel" id={panelId} hidden={!open}>
        {title && (
          <p className="czp-settings__title" id={titleId}>
            {title}
          </p>
        )}
        <ul
          className="czp-settings__list"
          aria-labelledby={title ? titleId : undefined}
          aria-label={title ? undefined : label}
        >
          {items.map((item) => (
            <li key={item.href}>
              <a
                className="czp-settings__link"
                href={item.href}
                aria-current={item.current ? 'page' : undefined}
                onClick={linkClickHandler(item.href, onNavigate, () => setOpen(false))}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
