import { useHostState, useTranslator } from '@czp/remote-sdk';
import { useEffect, useId, useState } from 'react';
import { attachmentHref, type Message } from './api.js';
import { formatSize } from './format.js';
import { messages } from './messages.js';
import { paths } from './routes.js';
import { ServiceLink, useBadgeRefresh, useDataBoxApi, ViewHeading } from './shared.js';

type Load = { state: 'loading' } | { state: 'failed'; notFound: boolean } | { state: 'ready'; message: Message };

/** One message: header, the body as plain text, attachments to download, and its conversation. */
export function MessageView({ id }: { id: string }) {
  const { t, formatDate, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const api = useDataBoxApi();
  const refreshBadge = useBadgeRefresh();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [conversation, setConversation] = useState<Message[]>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per message
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    setConversation([]);
    void api.message(id).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setLoad({ state: 'failed', notFound: result.problem.status === 404 });
        return;
      }
      setLoad({ state: 'ready', message: result.data });
      // Reading marked it read: the badge goes down.
      void refreshBadge();
      void api.conversation(result.data.conversationId).then((thread) => {
        if (!cancelled && thread.ok) setConversation(thread.data.messages);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [api, id]);

  const back = (
    <p>
      <ServiceLink to={paths.folder(load.state === 'ready' ? load.message.folder : 'inbox')} className="data-box-link">
        {t('backToMailbox')}
      </ServiceLink>
    </p>
  );

  if (load.state === 'loading') return <p>{t('loading')}</p>;
  if (load.state === 'failed') {
    return (
      <div className="data-box">
        <ViewHeading>{t('mailbox')}</ViewHeading>
        <p role="alert">{t(load.notFound ? 'messageNotFound' : 'loadFailed')}</p>
        {back}
      </div>
    );
  }
  const { message } = load;
  const date = (value: string) => formatDate(value, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <article className="data-box" aria-labelledby={headingId}>
      {back}
      <ViewHeading id={headingId}>{message.subject || t('noSubject')}</ViewHeading>
      <dl className="data-box-meta">
        <dt>{t('from')}</dt>
        <dd>{message.sender.name[locale]}</dd>
        <dt>{t('to')}</dt>
        <dd>{message.recipient.name[locale]}</dd>
        <dt>{t('date')}</dt>
        <dd>
          <time dateTime={message.date}>{date(message.date)}</time>
        </dd>
      </dl>
      <h3 className="data-box-sr-only">{t('text')}</h3>
      <div className="data-box-body" data-testid="message-body">
        {message.body ?? ''}
      </div>
      <section className="data-box-attachments" aria-labelledby={`${headingId}-attachments`}>
        <h3 id={`${headingId}-attachments`}>{t('attachments')}</h3>
        {message.attachments.length === 0 ? (
          <p>{t('noAttachments')}</p>
        ) : (
          <ul>
            {message.attachments.map((attachment) => (
              <li key={attachment.position}>
                <a href={attachmentHref(message.id, attachment.position)} download={attachment.name}>
                  {attachment.name}
                </a>{' '}
                <span className="data-box-hint">
                  ({attachment.mediaType}, {formatSize(attachment.size, formatNumber)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <ServiceLink to={paths.compose(message.id)} className="data-box-button data-box-button--primary">
          {t('reply')}
        </ServiceLink>
      </p>
      {conversation.length > 1 && (
        <section className="data-box-conversation" aria-labelledby={`${headingId}-conversation`}>
          <h3 id={`${headingId}-conversation`}>{t('conversation')}</h3>
          <ol>
            {conversation.map((item) => (
              <li key={item.id}>
                {item.id === message.id ? (
                  <span aria-current="true">
                    {item.subject || t('noSubject')} {t('thisMessage')}
                  </span>
                ) : (
                  <ServiceLink to={item.status === 'draft' ? paths.draft(item.id) : paths.message(item.id)}>
                    {item.subject || t('noSubject')}
                  </ServiceLink>
                )}{' '}
                <span className="data-box-hint">
                  {item.sender.name[locale]} · <time dateTime={item.date}>{date(item.date)}</time>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
