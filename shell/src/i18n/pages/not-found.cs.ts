/**
 * The Czech strings used only by the 404 page (pages/not-found/): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const notFoundCs = {
  notFoundText: 'Stránka {path} neexistuje. Zkontrolujte adresu nebo přejděte na úvodní stránku.',
};
