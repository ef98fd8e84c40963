/** One text message to one phone number (as the portal stores it: +420 601 123 456). */
export interface SmsMessage {
  to: string;
  text: string;
  /** The same for every attempt to send this SMS: sent as Idempotency-Key to a gateway that drops duplicates. */
  key?: string;
}

/** Where SMS goes: an operator's HTTP gateway (`httpSmsGateway`), the development sink, or a test's capture. */
export interface SmsGateway {
  /** Resolves once the gateway took the message; rejects otherwise (the job that called it is retried). */
  send(message: SmsMessage): Promise<void>;
}

export interface HttpSmsOptions {
  /** CZP_SMS_URL: the gateway's endpoint; in development the dev-mail package's sink (…/sms). */
  url: string;
  /** CZP_SMS_TOKEN: sent as `Authorization: Bearer …` when set. */
  token?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

/**
 * A gateway reached by POSTing JSON `{to, text}`: the shape the development sink takes, and what an adapter in
 * front of an operator's gateway accepts. Any 2xx is taken; anything else (or no answer in time) is an error.
 */
export function httpSmsGateway(options: HttpSmsOptions): SmsGateway {
  const fetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(message.key ? { 'idempotency-key': message.key } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Drain the body either way: an unread one keeps the connection from being reused.
      const body = await response.text().catch(() => '');
      if (!response.ok) {
        throw new Error(`the SMS gateway answered ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}`);
      }
    },
  };
}
