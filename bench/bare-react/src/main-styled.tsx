// The same page with the portal's stylesheet: separates what the look costs from what the
// architecture (shell, single-spa, Module Federation) costs.
import '@czp/design-system/styles.css';
import { renderPage } from './page.js';

renderPage();
