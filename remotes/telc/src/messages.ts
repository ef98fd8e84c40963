import { defineMessages } from '@czp/remote-sdk';

export const messages = defineMessages({
  cs: {
    title: 'Životní situace',
    lead: 'Životní situace, které s Městským úřadem Telč vyřídíte online. Vyberte oblast a situaci.',
    areaFilter: 'Oblast',
    areaAll: 'Vše',
    areaCivil: 'Občanské záležitosti',
    areaBusiness: 'Podnikání',
    count: 'Počet situací: {count}',
    documents: 'Co budete potřebovat',
    fee: 'Správní poplatek',
    free: 'Bez poplatku',
    office: 'Kde to vyřídíte',
    back: 'Zpět na životní situace',
    notFound: 'Tuto životní situaci Telč nevede.',
  },
  en: {
    title: 'Life situations',
    lead: 'Life situations you can deal with online at the Telč Municipal Office. Choose an area and a situation.',
    areaFilter: 'Area',
    areaAll: 'All',
    areaCivil: 'Civil matters',
    areaBusiness: 'Business',
    count: 'Number of situations: {count}',
    documents: 'What you will need',
    fee: 'Administrative fee',
    free: 'No fee',
    office: 'Where to go',
    back: 'Back to life situations',
    notFound: 'Telč does not handle this life situation.',
  },
});
