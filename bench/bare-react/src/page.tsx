import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const situations = [
  'Přihlášení k trvalému pobytu',
  'Poplatek za odpad',
  'Ohlášení drobné stavby',
  'Ohlášení živnosti',
  'Zábor veřejného prostranství',
];

function Page() {
  useEffect(() => {
    performance.mark('czp:mounted');
  }, []);
  return (
    <main>
      <h1>Portál občana města Telč</h1>
      <p>Životní situace, které s Městským úřadem Telč vyřídíte online. Vyberte oblast a situaci.</p>
      <ul>
        {situations.map((s) => (
          <li key={s}>
            <a href={`#${s}`}>{s}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** Renders the page: the baseline's whole job. */
export function renderPage(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Page />);
}
