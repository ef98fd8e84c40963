export interface ThemeSwitchProps {
  /** The button's text and accessible name, e.g. "Vysoký kontrast". */
  label: string;
  /** Shown instead of `label` on narrow screens, e.g. "Kontrast" (the full label stays the accessible name). */
  shortLabel?: string;
  /** Whether the high-contrast theme is on: the button's pressed state. */
  highContrast: boolean;
  /** Called with the new state when the citizen presses the button. */
  onChange: (highContrast: boolean) => void;
}

/**
 * The high-contrast switch in the portal header: one toggle button (`aria-pressed`). The caller
 * applies the theme (`<html data-czp-theme>`) and remembers the choice.
 */
export function ThemeSwitch({ label, shortLabel, highContrast, onChange }: ThemeSwitchProps) {
  return (
    <button
      type="button"
      className="czp-theme-switch"
      aria-pressed={highContrast}
      aria-label={shortLabel ? label : undefined}
      onClick={() => onChange(!highContrast)}
    >
      <span className="czp-theme-switch__icon" aria-hidden="true" />
      <span className={shortLabel ? 'czp-theme-switch__long' : undefined}>{label}</span>
      {shortLabel && (
        <span className="czp-theme-switch__short" aria-hidden="true">
          {shortLabel}
        </span>
      )}
    </button>
  );
}
