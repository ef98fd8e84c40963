import { useId } from 'react';

export interface StorageMeterProps {
  /** What is measured, e.g. "Využití úložiště": names the meter. */
  label: string;
  /** The use as text, formatted by the caller, e.g. "Využito 1,26 MB (0,3 %) z 500 MB": describes the meter. */
  text: string;
  /** Used amount (e.g. bytes). */
  value: number;
  /** The quota, in the same unit. */
  max: number;
  /** Share of `max` from which the meter warns (0–1). Default 0.9. */
  warningAt?: number;
  /** Shown (and read with the meter) from `warningAt` on, e.g. "Schránka je téměř plná. Smažte staré zprávy." */
  warningText?: string;
}

/**
 * Quota use: a native `<meter>` named by the label and described by the text, e.g. "Využito 1,26 MB (0,3 %) z 500 MB".
 * Near the limit it warns in words (and with a warning mark and colour). Ours: gov.cz has no meter.
 */
export function StorageMeter({ label, text, value, max, warningAt = 0.9, warningText }: StorageMeterProps) {
  const id = useId();
  const quota = max > 0 ? max : 1;
  const used = Math.min(Math.max(0, value), quota);
  const warning = used / quota >= warningAt;
  const showWarning = warning && Boolean(warningText);
  return (
    <div className="czp-storage-meter" data-state={warning ? 'warning' : 'normal'}>
      <p id={`${id}-label`} className="czp-storage-meter__label">
        {label}
      </p>
      <meter
        className="czp-storage-meter__meter"
        min={0}
        max={quota}
        value={used}
        aria-labelledby={`${id}-label`}
        aria-describedby={showWarning ? `${id}-text ${id}-warning` : `${id}-text`}
      />
      <p id={`${id}-text`} className="czp-storage-meter__text">
        {text}
      </p>
      {showWarning && (
        <p id={`${id}-warning`} className="czp-storage-meter__warning">
          {warningText}
        </p>
      )}
    </div>
  );
}
