/** The portal's own technical support (the Ministry of the Interior): the support page and the accessibility statement. */
export const PORTAL_SUPPORT = {
  email: 'podpora@portal.gov.cz',
  phone: '+420 227 023 502',
} as const;

/** A `tel:` link dials the number without its spaces. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

export function mailtoHref(email: string, subject?: string): string {
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}
