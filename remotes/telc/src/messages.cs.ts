/** The list of life situations' texts in Czech, the portal's default (in the first load; messages.en.ts mirrors it). */
export const cs = {
  title: 'Životní situace',
  lead: 'Životní situace, které vyřizuje Městský úřad Telč: co budete potřebovat, kolik zaplatíte a kde žádost podáte. Vyberte oblast a situaci.',
  areaFilter: 'Oblast',
  areaAll: 'Vše',
  areaCivil: 'Občanské záležitosti',
  areaBusiness: 'Podnikání',
  count: 'Počet situací: {count}',
};

export type ListMessageKey = keyof typeof cs;
