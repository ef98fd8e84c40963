import type { ListMessageKey } from './messages.cs.js';

/** The list of life situations' texts in English: a chunk of its own (messages.ts loads it). */
export const en: Record<ListMessageKey, string> = {
  title: 'Life situations',
  lead: 'Life situations the Telč Municipal Office handles: what you will need, what it costs and where to apply. Choose an area and a situation.',
  areaFilter: 'Area',
  areaAll: 'All',
  areaCivil: 'Civil matters',
  areaBusiness: 'Business',
  count: 'Number of situations: {count}',
};
