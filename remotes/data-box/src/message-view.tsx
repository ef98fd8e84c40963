import { ButtonLink, Notice } from '@czp/design-system';
import { AttachmentList, MessageList, MessageView as View } from '@czp/design-system/content';
import { useHostState, useServicePath, useTranslator } from '@czp/remote-sdk';
import { useEffect, useId, useState } from 'react';
import { attachmentHref, type Message } from './api.js';
import { formatSize } from './format.js';
import { messages } from './messages.js';
import { paths } from './routes.js';
import { ServiceLink, useBadgeRefresh, useDataBoxApi, useNavigate, useViewFocus, ViewHeading } from './shared.js';

type Load = { state: 'loading' } | { state: 'failed'; notFound: boolean } | { state: 'ready'; message: Message };

/** One message: header, the body as plain text, attachments to download, and its conversation. */
export function MessageView({ id }: { id: string }) {
  const { t, formatDate, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const api = useDataBoxApi();
  const { href } = useServicePath();
  const navigate = useNavigate();
  const refreshBadge = useBadgeRefresh();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const headingRef = useViewFocus(load.state === 'ready');
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
      <ServiceLink to={paths.folder(load.state === 'ready' ? load.message.folder : 'inbox')}>
        {t('backToMailbox')}
      </ServiceLink>
    </p>
  );

  if (load.state === 'loading') return <p>{t('loading')}</p>;
  if (load.state === 'failed') {
    return (
      <div className="data-box">
        <ViewHeading>{t('mailbox')}</ViewHeading>
        <Notice kind="error" role="alert">
          {t(load.notFound ? 'messageNotFound' : 'loadFailed')}
        </Notice>
        {back}
      </div>
    );
  }
  const { message } = load;
  const date = (value: string) => formatDate(value, { dateStyle: 'long', timeStyle: 'short' });
  const linkTo = (item: Message) => href(item.status === 'draft' ? paths.draft(item.id) : paths.message(item.id));
  return (
    <div className="data-box">
      {back}
      <View
        subject={message.subject || t('noSubject')}
        headingRef={headingRef}
        fromLabel={t('from')}
        from={message.sender.name[locale]}
        toLabel={t('to')}
        to={message.recipient.name[locale]}
        dateLabel={t('date')}
        date={date(message.date)}
        dateTime={message.date}
        bodyLabel={t('text')}
        body={message.body ?? ''}
        attachments={
          <AttachmentList
            title={t('attachments')}
            emptyText={t('noAttachments')}
            items={message.attachments.map((attachment) => ({
              key: String(attachment.position),
              name: attachment.name,
              href: attachmentHref(message.id, attachment.position),
              type: attachment.mediaType,
              size: formatSize(attachment.size, formatNumber),
            }))}
          />
        }
        actions={
          // An automatic message says not to reply to it (and the server refuses a reply): no Reply there.
          message.automatic ? (
            <p>{t('automaticNote')}</p>
          ) : (
            <ButtonLink href={href(paths.compose(message.id))} onNavigate={navigate}>
              {t('reply')}
            </ButtonLink>
          )
        }
      >
        {conversation.length > 1 && (
          <section className="data-box" aria-labelledby={`${headingId}-conversation`}>
            <h3 id={`${headingId}-conversation`}>{t('conversation')}</h3>
            <MessageList
              label={t('conversation')}
              partyLabel={t('from')}
              unreadLabel={t('unread')}
              emptyText=""
              selectedId={message.id}
              onNavigate={navigate}
              items={conversation.map((item) => ({
                id: item.id,
                href: linkTo(item),
                party: item.sender.name[locale],
                subject: item.subject || t('noSubject'),
                date: date(item.date),
                dateTime: item.date,
                unread: item.unread,
              }))}
            />
          </section>
        )}
      </View>
    </div>
  );
}
