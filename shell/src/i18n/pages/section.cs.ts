/**
 * The Czech strings used only by a section's "being prepared" page (pages/section/): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const sectionCs = {
  sectionUnavailableTitle: 'Tato sekce se připravuje',
  sectionUnavailableText: 'Sekce {section} zatím není k dispozici. Využijte prosím služby v katalogu.',
};
