import { describe, expect, it } from 'vitest';
import { INBOX_LIMIT, Inbox } from './inbox.js';
import { pickLanguage } from './labels.js';

describe('Inbox', () => {
  it('keeps the newest INBOX_LIMIT of each kind, newest first, with ids never reused after a clear', () => {
    const inbox = new Inbox();
    for (let i = 0; i < INBOX_LIMIT + 3; i++) inbox.addSms({ to: '+420 601 123 456', text: `n${i}`, key: null });
    const { sms } = inbox.list();
    expect(sms).toHaveLength(INBOX_LIMIT);
    expect(sms[0]?.text).toBe(`n${INBOX_LIMIT + 2}`);
    expect(sms.at(-1)?.text).toBe('n3');
    const last = sms[0]?.id;
    inbox.clear();
    expect(inbox.list()).toEqual({ emails: [], sms: [] });
    expect(inbox.addSms({ to: 'x', text: 'y', key: null }).id).not.toBe(last);
  });
});

describe('pickLanguage', () => {
  it('takes ?lang=, then the browser between Czech and English, then Czech', () => {
    expect(pickLanguage('en', 'cs')).toBe('en');
    expect(pickLanguage(null, 'de-DE, en;q=0.5')).toBe('en');
    expect(pickLanguage(null, 'sk, en')).toBe('cs');
    expect(pickLanguage('fr', undefined)).toBe('cs');
  });
});
