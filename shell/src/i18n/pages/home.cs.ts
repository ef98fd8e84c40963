/**
 * The Czech strings used only by the home page (pages/home/HomePage.tsx): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const homeCs = {
  homeTitle: 'Vítejte na Portálu občana',
  homeLead: 'Vyřiďte své záležitosti s úřady z jednoho místa. Služby obcí a ministerstev najdete níže.',
};
