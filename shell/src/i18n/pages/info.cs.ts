/**
 * The Czech strings used only by the accessibility statement, cookies and support pages (pages/info-pages.ts): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const infoCs = {
  accessibilityTitle: 'Prohlášení o přístupnosti',
  cookiesTitle: 'Cookies',
  cookiesText:
    'Portál používá pouze nezbytné cookies: přihlášení (náhodný identifikátor relace, platný do odhlášení nebo do 15 minut nečinnosti), bezpečnostní token proti podvrženým požadavkům, volbu jazyka a to, že jste zavřeli informaci o cookies (na rok). Nepoužíváme analytické ani reklamní cookies a nenačítáme nic od třetích stran.',
  supportTitle: 'Technická podpora',
  supportText: 'Kdo vám s čím pomůže: s portálem jeho technická podpora, se službou její vydavatel.',
  supportPortalTitle: 'Technická podpora Portálu občana',
  supportPortalText:
    'S přihlášením, datovou schránkou a dalšími částmi portálu vám pomůže technická podpora Ministerstva vnitra.',
  supportHours: 'Pracovní dny 8:00–17:00',
  supportHoursLabel: 'Provozní doba',
  supportServicesTitle: 'Technická podpora služeb',
  supportServicesText: 'Se službou obce nebo úřadu vám pomůže její vydavatel:',
  a11yIntro:
    'Ministerstvo vnitra České republiky se zavazuje zpřístupnit své internetové stránky v souladu se zákonem č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací. Toto prohlášení se vztahuje na internetové stránky Portál občana, které provozuje Ministerstvo vnitra České republiky.',
  a11yStatusTitle: 'Stav souladu',
  a11yStatus:
    'Tyto internetové stránky jsou částečně v souladu se zákonem č. 99/2019 Sb. a s normou ČSN EN 301 549 (WCAG 2.1 na úrovni AA), a to kvůli nesouladu uvedenému níže.',
  a11yNonCompliantTitle: 'Nepřístupný obsah',
  a11yNonCompliantAttachments:
    'Přílohy zpráv v datové schránce (dokumenty PDF) vytvářejí odesílající úřady; nemusí mít textovou vrstvu ani strukturu nadpisů (kritéria 1.1.1 a 1.3.1).',
  a11yNonCompliantServices:
    'Služby obcí a úřadů zobrazené v portálu vydávají jejich vydavatelé. Procházejí automatickou kontrolou přístupnosti, ruční kontrolou zatím ne všechny (zejména kritéria 1.3.1, 2.4.6 a 3.3.2).',
  a11yPreparedTitle: 'Vypracování prohlášení',
  a11yPrepared:
    'Prohlášení bylo vypracováno dne 3. prosince 2026 na základě vlastního posouzení provedeného Ministerstvem vnitra: automatickými testy axe (WCAG 2.1 AA) každé stránky a každé komponenty ve světlém i vysoce kontrastním vzhledu a ruční kontrolou ovládání klávesnicí, čtečkou obrazovky, při zvětšení na 200 % a na šířce 320 px.',
  a11yReviewed: 'Prohlášení bylo naposledy přezkoumáno dne 3. prosince 2026.',
  a11yFeedbackTitle: 'Zpětná vazba a kontaktní údaje',
  a11yFeedback:
    'Narazili jste na nepřístupný obsah nebo potřebujete informace z něj v přístupné podobě? Napište nám, na oznámení odpovíme nejpozději do 30 dnů.',
  a11yReport: 'Nahlásit problém s přístupností',
  a11yReportSubject: 'Přístupnost Portálu občana',
  a11yEnforcementTitle: 'Postupy pro prosazování práva',
  a11yEnforcement:
    'Nejste-li spokojeni s odpovědí na své oznámení nebo žádost, můžete podat stížnost orgánu dohledu. Dohled nad dodržováním zákona č. 99/2019 Sb. vykonává Ministerstvo vnitra, odbor eGovernmentu, Nad Štolou 936/3, 170 34 Praha 7. Stížnost podáte písemně na tuto adresu nebo zprávou z datové schránky Ministerstvu vnitra.',
};
