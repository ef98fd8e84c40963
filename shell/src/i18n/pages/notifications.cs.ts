/**
 * The Czech strings used only by the notification settings page (pages/notifications/): they travel in that page's chunk, not the first load, and its module adds
 * them (`addShellMessages`) when it is evaluated, before the page is drawn. English has them in `messages.en.ts`.
 */
export const notificationsCs = {
  notificationsTitle: 'Notifikace',
  notificationsSettingsIntro:
    'Všechna oznámení vidíte v portálu, v záhlaví pod tlačítkem Oznámení. Vyberte, která vám mají přijít také e-mailem nebo SMS.',
  notificationsPortalAlways: 'V portálu (vždy zapnuto)',
  notificationsByEmail: 'E-mailem na {email}',
  notificationsBySms: 'SMS na {phone}',
  notificationsEmailUnavailable: 'E-mailem (nemáte ověřený e-mail)',
  notificationsSmsUnavailable: 'SMS (nemáte ověřený telefon)',
  notificationsVerifyContacts:
    'E-mail a SMS přijdou jen na ověřený e-mail a telefon. Ověřte je v PROFILU, pak je tu můžete zapnout.',
  notificationsVerifyLink: 'Ověřit e-mail a telefon v PROFILU',
  notificationsSave: 'Uložit nastavení',
  notificationsSaved: 'Nastavení oznámení je uloženo.',
  notificationsSaveFailed: 'Nastavení se nepodařilo uložit. Zkuste to prosím znovu.',
  notificationsLoadSettingsFailed: 'Nastavení oznámení se nepodařilo načíst. Zkuste to prosím znovu.',
  notificationsEmailNotVerified: 'Nejdřív ověřte svůj e-mail v PROFILU.',
  notificationsPhoneNotVerified: 'Nejdřív ověřte svůj telefon v PROFILU.',
  notificationsErrorTitle: 'Nastavení nebylo uloženo',
};
