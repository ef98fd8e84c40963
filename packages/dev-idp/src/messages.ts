/** Page languages: Czech by default, English on request (`ui_locales` or the language link). */
export type Locale = 'cs' | 'en';

/** The first supported language of a space-separated list such as `ui_locales` (`en-GB cs` → en); default cs. */
export function pickLocale(...candidates: unknown[]): Locale {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    for (const tag of candidate.split(/[\s,]+/)) {
      const primary = tag.split('-')[0]?.toLowerCase();
      if (primary === 'cs' || primary === 'en') return primary;
    }
  }
  return 'cs';
}

export interface Messages {
  languageName: string;
  switchLanguage: string;
  brand: string;
  devBanner: string;
  devBannerDetail: string;
  loginTitle: string;
  serviceAsks: (service: string) => string;
  chooseMethod: string;
  highRequired: string;
  methodCard: string;
  methodPassword: string;
  levelHigh: string;
  levelSubstantial: string;
  cancel: string;
  backToMethods: string;
  cardTitle: string;
  cardIntro: string;
  cardLegend: string;
  cardOption: (number: string, name: string) => string;
  pin: string;
  pinHint: string;
  wrongPin: (attemptsLeft: number) => string;
  missingPin: string;
  unknownCard: string;
  logIn: string;
  passwordTitle: string;
  username: string;
  password: string;
  continue: string;
  wrongCredentials: string;
  missingCredentials: string;
  passwordNotAllowed: string;
  smsTitle: string;
  smsSent: (phone: string) => string;
  devBox: string;
  devBoxText: string;
  smsCode: string;
  smsCodeHint: string;
  wrongSmsCode: (attemptsLeft: number) => string;
  missingSmsCode: string;
  smsCodeExpired: string;
  sendNewCode: string;
  /** Card page error: the chosen card is locked by earlier wrong PINs. */
  cardLocked: (minutes: number) => string;
  /** Password page error: the account's password step is locked. */
  passwordLocked: (minutes: number) => string;
  /** A new attempt reached the SMS step of an account whose SMS step is locked. */
  smsAccountLocked: (minutes: number) => string;
  tooManyCodes: (minutes: number) => string;
  lockedTitle: string;
  /** This attempt is over: the card got locked; minutes until the card can be used again. */
  lockedPin: (minutes: number) => string;
  /** This attempt is over after wrong SMS codes; minutes until the account's SMS step unlocks, when it locked. */
  lockedSms: (minutes: number | undefined) => string;
  rateLimitedTitle: string;
  rateLimited: (seconds: number) => string;
  back: string;
  startOver: string;
  errorPrefix: string;
  badRequestTitle: string;
  badRequest: string;
  bodyTooLarge: string;
  notFoundTitle: string;
  notFound: string;
  expiredTitle: string;
  expired: string;
  serverErrorTitle: string;
  serverError: string;
  logoutTitle: string;
  logoutQuestion: (service: string | undefined) => string;
  logoutButton: string;
  logoutAutomatic: string;
  loggedOutTitle: string;
  loggedOut: string;
  providerErrorTitle: string;
  providerError: string;
}

function czechAttempts(count: number): string {
  if (count === 1) return 'Zbývá 1 pokus.';
  if (count >= 2 && count <= 4) return `Zbývají ${count} pokusy.`;
  return `Zbývá ${count} pokusů.`;
}

function englishAttempts(count: number): string {
  return count === 1 ? '1 attempt left.' : `${count} attempts left.`;
}

/** A Czech count in the accusative after "za" / "na": 1 minutu, 2–4 minuty, 5 minut. */
function czechCount(count: number, one: string, few: string, many: string): string {
  if (count === 1) return `${count} ${one}`;
  if (count >= 2 && count <= 4) return `${count} ${few}`;
  return `${count} ${many}`;
}

const czechMinutes = (count: number) => czechCount(count, 'minutu', 'minuty', 'minut');
const czechSeconds = (count: number) => czechCount(count, 'sekundu', 'sekundy', 'sekund');
const englishMinutes = (count: number) => (count === 1 ? '1 minute' : `${count} minutes`);
const englishSeconds = (count: number) => (count === 1 ? '1 second' : `${count} seconds`);

// The lock messages name the limits of guards.ts (3 PINs, 5 passwords, 3 SMS codes) in words.

const cs: Messages = {
  languageName: 'Čeština',
  switchLanguage: 'English',
  brand: 'Identita občana — vývojové prostředí',
  devBanner: 'Vývojový poskytovatel identity — nepoužívat pro skutečné údaje',
  devBannerDetail: 'Přihlašujte se jen testovacími osobami.',
  loginTitle: 'Přihlášení',
  serviceAsks: (service) => `Služba „${service}“ žádá o ověření vaší totožnosti.`,
  chooseMethod: 'Vyberte způsob přihlášení:',
  highRequired:
    'Tato služba vyžaduje vysokou úroveň záruky ověření totožnosti. Přihlásit se můžete jen identitním občanským průkazem.',
  methodCard: 'Identitní občanský průkaz',
  methodPassword: 'Jméno, heslo a SMS kód',
  levelHigh: 'Úroveň záruky: vysoká',
  levelSubstantial: 'Úroveň záruky: značná',
  cancel: 'Zrušit přihlášení',
  backToMethods: 'Zpět na výběr způsobu přihlášení',
  cardTitle: 'Přihlášení občanským průkazem',
  cardIntro: 'Čtečka je simulovaná: vyberte testovací průkaz a zadejte jeho PIN.',
  cardLegend: 'Průkaz vložený do čtečky',
  cardOption: (number, name) => `Občanský průkaz ${number} — ${name}`,
  pin: 'PIN',
  pinHint: 'Identifikační osobní kód, 4 až 10 číslic.',
  wrongPin: (left) => `Nesprávný PIN. ${czechAttempts(left)}`,
  missingPin: 'Zadejte PIN.',
  unknownCard: 'Vyberte průkaz ze seznamu.',
  logIn: 'Přihlásit se',
  passwordTitle: 'Přihlášení jménem a heslem',
  username: 'Uživatelské jméno',
  password: 'Heslo',
  continue: 'Pokračovat',
  wrongCredentials: 'Nesprávné jméno nebo heslo.',
  missingCredentials: 'Vyplňte uživatelské jméno i heslo.',
  passwordNotAllowed:
    'Tato služba vyžaduje vysokou úroveň záruky. Jménem, heslem a SMS kódem se k ní přihlásit nelze, použijte identitní občanský průkaz.',
  smsTitle: 'Ověření SMS kódem',
  smsSent: (phone) => `Na telefonní číslo ${phone} jsme poslali SMS se šestimístným kódem. Kód platí 5 minut.`,
  devBox: 'Vývojářský box',
  devBoxText: 'Ve vývojovém prostředí se žádná SMS neposílá. Zaslaný kód:',
  smsCode: 'Kód z SMS',
  smsCodeHint: '6 číslic.',
  wrongSmsCode: (left) => `Nesprávný kód. ${czechAttempts(left)}`,
  missingSmsCode: 'Zadejte kód z SMS.',
  smsCodeExpired: 'Kód vypršel. Nechte si poslat nový.',
  sendNewCode: 'Poslat nový kód',
  cardLocked: (minutes) =>
    `Tento průkaz je po třech nesprávných PINech zablokován. Znovu ho můžete použít za ${czechMinutes(minutes)}, nebo vyberte jiný průkaz.`,
  passwordLocked: (minutes) =>
    `Po pěti nesprávných pokusech je přihlášení heslem k tomuto účtu zablokováno. Zkuste to znovu za ${czechMinutes(minutes)}, nebo se přihlaste identitním občanským průkazem.`,
  smsAccountLocked: (minutes) =>
    `Po třech nesprávných kódech z SMS je přihlášení kódem z SMS k tomuto účtu zablokováno. Zkuste to znovu za ${czechMinutes(minutes)}, nebo se přihlaste identitním občanským průkazem.`,
  tooManyCodes: (minutes) =>
    `Pro tento účet jsme poslali příliš mnoho SMS kódů. Nový kód si můžete nechat poslat za ${czechMinutes(minutes)}.`,
  lockedTitle: 'Přihlášení zablokováno',
  lockedPin: (minutes) =>
    `Třikrát jste zadali nesprávný PIN. Průkaz je zablokován, znovu ho můžete použít za ${czechMinutes(minutes)}. Toto přihlášení bylo zablokováno.`,
  lockedSms: (minutes) =>
    'Třikrát jste zadali nesprávný kód z SMS. Kód byl zneplatněn a toto přihlášení bylo zablokováno.' +
    (minutes === undefined
      ? ''
      : ` Přihlášení kódem z SMS k tomuto účtu můžete znovu použít za ${czechMinutes(minutes)}.`),
  rateLimitedTitle: 'Příliš mnoho pokusů',
  rateLimited: (seconds) =>
    `Příliš mnoho pokusů o přihlášení v krátké době. Zkuste to znovu za ${czechSeconds(seconds)}.`,
  back: 'Zpět',
  startOver: 'Začít znovu ve službě',
  errorPrefix: 'Chyba:',
  badRequestTitle: 'Neplatný požadavek',
  badRequest: 'Formulář nebyl odeslán správně. Vraťte se a zkuste to znovu.',
  bodyTooLarge: 'Odeslaný formulář je příliš velký.',
  notFoundTitle: 'Stránka nenalezena',
  notFound: 'Tato stránka neexistuje.',
  expiredTitle: 'Přihlášení vypršelo',
  expired: 'Přihlášení vypršelo, začněte znovu ve službě.',
  serverErrorTitle: 'Něco se pokazilo',
  serverError: 'Při přihlášení nastala chyba. Začněte znovu ve službě.',
  logoutTitle: 'Odhlášení',
  logoutQuestion: (service) =>
    service ? `Služba „${service}“ vás odhlašuje z Identity občana.` : 'Odhlašujete se z Identity občana.',
  logoutButton: 'Odhlásit',
  logoutAutomatic: 'Pokud odhlášení neproběhne samo, stiskněte tlačítko.',
  loggedOutTitle: 'Odhlášení proběhlo',
  loggedOut: 'Byli jste odhlášeni z Identity občana. Okno můžete zavřít.',
  providerErrorTitle: 'Chyba přihlášení',
  providerError: 'Poskytovatel identity požadavek odmítl. Začněte znovu ve službě.',
};

const en: Messages = {
  languageName: 'English',
  switchLanguage: 'Čeština',
  brand: 'Citizen identity — development',
  devBanner: 'Development identity provider — not for real data',
  devBannerDetail: 'Log in with test persons only.',
  loginTitle: 'Log in',
  serviceAsks: (service) => `The service “${service}” asks to verify your identity.`,
  chooseMethod: 'Choose how to log in:',
  highRequired: 'This service requires a high level of assurance. You can only log in with an identity card.',
  methodCard: 'Identity card',
  methodPassword: 'Name, password and SMS code',
  levelHigh: 'Level of assurance: high',
  levelSubstantial: 'Level of assurance: substantial',
  cancel: 'Cancel',
  backToMethods: 'Back to login methods',
  cardTitle: 'Log in with an identity card',
  cardIntro: 'The card reader is simulated: choose a test card and enter its PIN.',
  cardLegend: 'Card in the reader',
  cardOption: (number, name) => `Identity card ${number} — ${name}`,
  pin: 'PIN',
  pinHint: 'Personal identification code, 4 to 10 digits.',
  wrongPin: (left) => `Wrong PIN. ${englishAttempts(left)}`,
  missingPin: 'Enter the PIN.',
  unknownCard: 'Choose a card from the list.',
  logIn: 'Log in',
  passwordTitle: 'Log in with name and password',
  username: 'Username',
  password: 'Password',
  continue: 'Continue',
  wrongCredentials: 'Wrong name or password.',
  missingCredentials: 'Enter both the username and the password.',
  passwordNotAllowed:
    'This service requires a high level of assurance. Name, password and SMS code cannot be used for it; use an identity card.',
  smsTitle: 'SMS code verification',
  smsSent: (phone) => `We sent an SMS with a six-digit code to ${phone}. The code is valid for 5 minutes.`,
  devBox: 'Developer box',
  devBoxText: 'No SMS is sent in development. The code sent:',
  smsCode: 'Code from the SMS',
  smsCodeHint: '6 digits.',
  wrongSmsCode: (left) => `Wrong code. ${englishAttempts(left)}`,
  missingSmsCode: 'Enter the code from the SMS.',
  smsCodeExpired: 'The code has expired. Have a new one sent.',
  sendNewCode: 'Send a new code',
  cardLocked: (minutes) =>
    `This card is locked after three wrong PINs. You can use it again in ${englishMinutes(minutes)}, or choose another card.`,
  passwordLocked: (minutes) =>
    `After five wrong attempts, logging in with a password is locked for this account. Try again in ${englishMinutes(minutes)}, or log in with an identity card.`,
  smsAccountLocked: (minutes) =>
    `After three wrong SMS codes, logging in with an SMS code is locked for this account. Try again in ${englishMinutes(minutes)}, or log in with an identity card.`,
  tooManyCodes: (minutes) =>
    `Too many SMS codes have been sent for this account. You can have a new one sent in ${englishMinutes(minutes)}.`,
  lockedTitle: 'Login locked',
  lockedPin: (minutes) =>
    `You entered a wrong PIN three times. The card is locked; you can use it again in ${englishMinutes(minutes)}. This login attempt has been locked.`,
  lockedSms: (minutes) =>
    'You entered a wrong SMS code three times. The code is no longer valid and this login attempt is locked.' +
    (minutes === undefined
      ? ''
      : ` Logging in with an SMS code to this account is possible again in ${englishMinutes(minutes)}.`),
  rateLimitedTitle: 'Too many attempts',
  rateLimited: (seconds) => `Too many login attempts in a short time. Try again in ${englishSeconds(seconds)}.`,
  back: 'Back',
  startOver: 'Start over in the service',
  errorPrefix: 'Error:',
  badRequestTitle: 'Invalid request',
  badRequest: 'The form was not submitted correctly. Go back and try again.',
  bodyTooLarge: 'The submitted form is too large.',
  notFoundTitle: 'Page not found',
  notFound: 'This page does not exist.',
  expiredTitle: 'Login expired',
  expired: 'The login has expired, start again in the service.',
  serverErrorTitle: 'Something went wrong',
  serverError: 'The login failed. Start again in the service.',
  logoutTitle: 'Sign out',
  logoutQuestion: (service) =>
    service
      ? `The service “${service}” is signing you out of Citizen identity.`
      : 'You are signing out of Citizen identity.',
  logoutButton: 'Sign out',
  logoutAutomatic: 'If signing out does not happen by itself, press the button.',
  loggedOutTitle: 'Signed out',
  loggedOut: 'You have been signed out of Citizen identity. You can close this window.',
  providerErrorTitle: 'Login error',
  providerError: 'The identity provider refused the request. Start again in the service.',
};

export const MESSAGES: Record<Locale, Messages> = { cs, en };
