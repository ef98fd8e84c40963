import type { MouseEvent } from 'react';
import { isPlainLeftClick } from '../../internal/navigation.js';

export interface LanguageOption<L extends string = string> {
  /** BCP 47 code, e.g. "cs", "en"; also the `lang` of the option's own text. */
  locale: L;
  /** The language's name in itself, e.g. "Čeština", "English". */
  label: string;
  /** Shown instead of `label` on narrow screens, e.g. "CZ", "EN" (the full name stays the accessible name). */
  shortLabel?: string;
  /** When given, the option is a link to the page in that language (works without JavaScript). */
  href?: string;
}

export interface LanguageSwitchProps<L extends string = string> {
  /** Accessible name of the group, e.g. "Jazyk". */
  label: string;
  /** The locale in use: marked with aria-pressed (buttons) or aria-current (links). */
  current: L;
  options: LanguageOption<L>[];
  /** Called with the chosen locale (not for the current one; for links only on plain left clicks). */
  onChange?: (locale: L) => void;
}

/** Czech / English switch: buttons (or links when options have `href`), each in its own language. */
export function LanguageSwitch<L extends string>({ label, current, options, onChange }: LanguageSwitchProps<L>) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group of toggle buttons (APG); a fieldset needs a legend and is for form fields.
    <div className="czp-lang" role="group" aria-label={label}>
      {options.map((option) => {
        const selected = option.locale === current;
        const text = (
          <>
            <span className={option.shortLabel ? 'czp-lang__long' : undefined}>{option.label}</span>
            {option.shortLabel && (
              <span className="czp-lang__short" aria-hidden="true">
                {option.shortLabel}
              </span>
            )}
          </>
        );
        if (option.href) {
          const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
            if (!onChange || !isPlainLeftClick(event)) return;
            event.preventDefault();
            if (!selected) onChange(option.locale);
          };
          return (
            <a
              key={option.locale}
              className="czp-lang__option"
              href={option.href}
              hrefLang={option.locale}
              lang={option.locale}
              aria-current={selected ? 'true' : undefined}
              onClick={onClick}
            >
              {text}
            </a>
          );
        }
        return (
          <button
            key={option.locale}
            type="button"
            className="czp-lang__option"
            lang={option.locale}
            aria-pressed={selected}
            onClick={() => {
              if (!selected) onChange?.(option.locale);
            }}
          >
            {text}
          </button>
        );
      })}
    </div>
  );
}
