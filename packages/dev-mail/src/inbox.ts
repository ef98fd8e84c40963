/** An e-mail the catcher received, as the inbox and GET /api/messages show it. */
export interface CaughtEmail {
  id: string;
  from: string;
  /** The envelope's recipients (also Bcc), joined by ", ". */
  to: string;
  subject: string;
  text: string;
  /** The HTML alternative, when the message had one (the inbox shows it sandboxed at /emails/:id.html). */
  html: string | null;
  /** The Message-ID header: a sender that retries with the same one shows up twice with the same id here. */
  messageId: string | null;
  /** ISO 8601, when the catcher received it. */
  date: string;
}

/** A text message the SMS sink received. */
export interface CaughtSms {
  id: string;
  to: string;
  text: string;
  /** The Idempotency-Key header the sender gave, if any (kept, never used to drop a duplicate). */
  key: string | null;
  date: string;
}

/** GET /api/messages: newest first. */
export interface CaughtMessages {
  emails: CaughtEmail[];
  sms: CaughtSms[];
}

/** How many of each the inbox keeps: a developer's session, not an archive. The oldest go first. */
export const INBOX_LIMIT = 500;

/** The catcher's memory: both lists newest first. Lost at every restart, by design. */
export class Inbox {
  private emails: CaughtEmail[] = [];
  private sms: CaughtSms[] = [];
  private sequence = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  addEmail(email: Omit<CaughtEmail, 'id' | 'date'>): CaughtEmail {
    const caught = { id: this.nextId('e'), ...email, date: this.now().toISOString() };
    this.emails = [caught, ...this.emails].slice(0, INBOX_LIMIT);
    return caught;
  }

  addSms(sms: Omit<CaughtSms, 'id' | 'date'>): CaughtSms {
    const caught = { id: this.nextId('s'), ...sms, date: this.now().toISOString() };
    this.sms = [caught, ...this.sms].slice(0, INBOX_LIMIT);
    return caught;
  }

  list(): CaughtMessages {
    return { emails: [...this.emails], sms: [...this.sms] };
  }

  email(id: string): CaughtEmail | undefined {
    return this.emails.find((email) => email.id === id);
  }

  clear(): void {
    this.emails = [];
    this.sms = [];
  }

  /** Ids only grow, so a message is never confused with one received before a clear. */
  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${this.sequence}`;
  }
}
