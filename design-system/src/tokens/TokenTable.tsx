import type { CSSProperties } from 'react';
import { TOKENS, type TokenEntry } from './index.js';
import './token-table.css';

export interface TokenTableProps {
  /** The token group: the first segment of the path (`color`, `space`, `font`, …). */
  group: string;
  /** The table's caption. */
  caption: string;
}

/** A sample that shows the token at work, drawn with the token itself (so the page follows the theme). */
function Sample({ token }: { token: TokenEntry }) {
  const value = `var(${token.name})`;
  const [group, kind] = token.path.split('.');
  const style: CSSProperties =
    group === 'color' || kind === 'color' || kind === 'color-on-dark'
      ? { background: value }
      : group === 'space' || group === 'breakpoint' || group === 'max-width'
        ? { inlineSize: `min(${value}, 12rem)` }
        : group === 'radius'
          ? { borderRadius: value }
          : kind === 'size'
            ? { fontSize: value }
            : kind === 'weight'
              ? { fontWeight: value }
              : kind === 'width' || kind === 'offset'
                ? { outline: `${value} solid var(--czp-focus-color)`, outlineOffset: '0' }
                : {};
  const text = kind === 'size' || kind === 'weight' || kind === 'family' || group === 'line-height';
  return (
    <span className={`czp-token-table__sample czp-token-table__sample--${text ? 'text' : group}`} style={style}>
      {text ? 'Portál občana' : null}
    </span>
  );
}

/** The Storybook tokens page: every token of a group, its property, value, high-contrast value and a sample. */
export function TokenTable({ group, caption }: TokenTableProps) {
  const tokens = TOKENS.filter((token) => token.path.split('.')[0] === group);
  return (
    <table className="czp-token-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Hodnota / Value</th>
          <th scope="col">Vysoký kontrast / High contrast</th>
          <th scope="col">Ukázka / Sample</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
              {token.description ? <span className="czp-token-table__description">{token.description}</span> : null}
            </th>
            <td>
              <code>{token.value}</code>
            </td>
            <td>{token.highContrast ? <code>{token.highContrast}</code> : '—'}</td>
            <td>
              <Sample token={token} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
