/**
 * The Czech strings used only by the login, logged-out and consent pages (account/account-pages.ts): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const accountCs = {
  loginLead:
    'Přihlaste se elektronickou identitou: identitním občanským průkazem, nebo jménem, heslem a SMS kódem. Přihlášení zajišťuje poskytovatel identity, portál vaše heslo nikdy nevidí.',
  loginAlready: 'Jste přihlášeni jako {name}.',
  loginErrorCancelled: 'Přihlášení bylo zrušeno. Můžete to zkusit znovu.',
  loginErrorExpired: 'Přihlášení vypršelo nebo už bylo jednou použito. Začněte prosím znovu.',
  loginErrorFailed: 'Přihlášení se nepodařilo ověřit. Začněte prosím znovu.',
  loginErrorDifferentPerson:
    'Silnější přihlášení musí provést tatáž osoba, která je přihlášena. Přihlásili jste se jako někdo jiný, proto zůstáváte přihlášeni jako dosud. Pokud chcete portál používat jako jiná osoba, nejprve se odhlaste.',
  loginErrorLevelTooLow:
    'Zvolený způsob přihlášení nemá úroveň ověření, kterou služba vyžaduje. Přihlaste se identitním občanským průkazem.',
  loggedOutText:
    'Byli jste odhlášeni z Portálu občana i u poskytovatele identity. Pokud počítač sdílíte s ostatními, zavřete prohlížeč.',
  loginAgain: 'Přihlásit se znovu',
  consentLead: 'Při prvním přihlášení vás žádáme o souhlas. S ním může Portál občana:',
  consentItemProcess: 'zpracovávat vaše osobní údaje potřebné pro služby portálu (jméno, kontaktní údaje, nastavení),',
  consentItemRegisters:
    'načítat vaše údaje ze základních registrů (obyvatel, řidičů, vozidel, živnostenského rejstříku a dalších) a zobrazovat vám je.',
  consentWithout:
    'Bez souhlasu můžete dál používat veřejné služby. Nedostupné budou sekce s osobními údaji (Profil, Data, Datová schránka, Kalendář, Dokumenty, Podání, Notifikace) a služby, které vyžadují přihlášení.',
  consentAccept: 'Souhlasím',
  consentDecline: 'Nesouhlasím',
  consentSaveFailed: 'Odpověď se nepodařilo uložit. Zkuste to prosím znovu.',
  consentContinueWithout: 'Pokračovat bez souhlasu',
  consentDeclinedNotice: 'Souhlas jste neudělili. Udělit ho můžete kdykoli na této stránce.',
};
