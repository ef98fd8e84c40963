import { GovButton, type GovButtonProps } from '../../gov.js';

export type ButtonProps = GovButtonProps;

/**
 * gov.cz's button with `disabled` that really disables it. GovButton 3.4 only marks its wrapper
 * (`data-disabled`) and leaves the `<button>` clickable and focusable; here a disabled button is
 * a native `<button disabled>` inside gov.cz's wrapper, so it looks the same and cannot be pressed.
 */
export function Button({ disabled, asChild, children, nativeType, ...rest }: ButtonProps) {
  if (!disabled || asChild) {
    return (
      <GovButton {...rest} disabled={disabled} asChild={asChild} nativeType={nativeType}>
        {children}
      </GovButton>
    );
  }
  return (
    <GovButton {...rest} disabled asChild>
      <button type={nativeType ?? 'button'} disabled>
        {children}
      </button>
    </GovButton>
  );
}
