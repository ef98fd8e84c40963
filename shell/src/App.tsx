import { type ShellActions, ShellActionsContext } from './actions/shell-actions.js';
import { Frame } from './frame/Frame.js';
import { OutletContext } from './services/outlet-context.js';
import type { OutletRegistry } from './services/outlet-registry.js';
import type { PortalStores } from './state/portal-store.js';
import { StoresContext } from './state/use-store.js';

interface AppProps {
  stores: PortalStores;
  actions: ShellActions;
  outlets: OutletRegistry | null;
  version: string;
}

/** The whole frame with its providers: the same tree on the server and in the browser. */
export function App({ stores, actions, outlets, version }: AppProps) {
  return (
    <StoresContext.Provider value={stores}>
      <ShellActionsContext.Provider value={actions}>
        <OutletContext.Provider value={outlets}>
          <Frame version={version} />
        </OutletContext.Provider>
      </ShellActionsContext.Provider>
    </StoresContext.Provider>
  );
}
