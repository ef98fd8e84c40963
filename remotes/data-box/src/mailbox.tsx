import { EmptyState } from '@czp/design-system';
import { useHostState, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { FOLDERS, type Folder, type Message, type MessagePage, type Storage } from './api.js';
import { countKey, messages } from './messages.js';
import { paths } from './routes.js';
import { ServiceLink, takeFlash, useBadgeRefresh, useDataBoxApi, ViewHeading } from './shared.js';
import { StorageMeter } from './storage-meter.js';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; page: MessagePage };

/** Folders, search, the list of one folder with paging, and the storage meter. */
export function Mailbox({ folder }: { folder: Folder }) {
  const { t, locale } = useTranslator(messages);
  const api = useDataBoxApi();
  const refreshBadge = useBadgeRefresh();
  const id = useId();
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [unread, setUnread] = useState<number | null>(null);
  const [storage, setStorage] = useState<Storage | null>(null);
  const [status] = useState(() => takeFlash());
  const [attempt, setAttempt] = useState(0);

  // A new folder starts on its first page, without the previous search.
  const [shownFolder, setShownFolder] = useState(folder);
  if (shownFolder !== folder) {
    setShownFolder(folder);
    setPage(1);
    setQuery('');
    setSearch('');
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload on the query and on a retry, not on new closures
  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    void api.list({ folder, page, q: search }).then((result) => {
      if (cancelled) return;
      setLoad(result.ok ? { state: 'ready', page: result.data } : { state: 'failed' });
      void refreshBadge().then((count) => {
        if (!cancelled && count !== null) setUnread(count);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [api, folder, page, search, attempt]);

  useEffect(() => {
    let cancelled = false;
    void api.storage().then((result) => {
      if (!cancelled && result.ok) setStorage(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setSearch(query.trim());
  };

  return (
    <div className="data-box">
      <ViewHeading id={`${id}-title`}>{t(`folder_${folder}`)}</ViewHeading>
      <div role="status" className="data-box-status">
        {status && t(status)}
      </div>
      <div className="data-box-toolbar">
        <ServiceLink to={paths.compose()} className="data-box-button data-box-button--primary">
          {t('compose')}
        </ServiceLink>
        <ServiceLink to={paths.settings} className="data-box-link">
          {t('settings')}
        </ServiceLink>
      </div>
      <nav aria-label={t('folders')} className="data-box-folders">
        <ul>
          {FOLDERS.map((name) => (
            <li key={name}>
              <ServiceLink to={paths.folder(name)} current={name === folder}>
                {t(`folder_${name}`)}
                {name === 'inbox' && unread !== null && unread > 0 && (
                  <span className="data-box-count">
                    {' '}
                    <span aria-hidden="true">{unread}</span>
                    <span className="data-box-sr-only">
                      {t(countKey('unreadInFolder', locale, unread), { count: unread })}
                    </span>
                  </span>
                )}
              </ServiceLink>
            </li>
          ))}
        </ul>
      </nav>
      {/* biome-ignore lint/a11y/useSemanticElements: a search landmark every screen reader knows; <search> is too new */}
      <form role="search" className="data-box-search" onSubmit={submitSearch}>
        <label htmlFor={`${id}-q`}>{t('searchLabel')}</label>
        <div className="data-box-search__row">
          <input
            id={`${id}-q`}
            type="search"
            maxLength={200}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="data-box-button">
            {t('searchButton')}
          </button>
          {search && (
            <button
              type="button"
              className="data-box-button data-box-button--secondary"
              onClick={() => {
                setQuery('');
                setSearch('');
                setPage(1);
              }}
            >
              {t('searchClear')}
            </button>
          )}
        </div>
      </form>
      <section aria-labelledby={`${id}-title`} aria-busy={load.state === 'loading'}>
        {search && <p className="data-box-hint">{t('searchResults', { q: search })}</p>}
        {load.state === 'loading' && <p>{t('loading')}</p>}
        {load.state === 'failed' && (
          <div role="alert">
            <p>{t('loadFailed')}</p>
            <button type="button" className="data-box-button" onClick={() => setAttempt(attempt + 1)}>
              {t('retry')}
            </button>
          </div>
        )}
        {load.state === 'ready' && (
          <MessageList folder={folder} page={load.page} searching={Boolean(search)} onPage={setPage} />
        )}
      </section>
      {storage && <StorageMeter storage={storage} />}
    </div>
  );
}

function MessageList({
  folder,
  page,
  searching,
  onPage,
}: {
  folder: Folder;
  page: MessagePage;
  searching: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslator(messages);
  const pages = Math.max(1, Math.ceil(page.total / Math.max(1, page.pageSize)));
  if (page.messages.length === 0) {
    return <EmptyState headingLevel={3} title={t(`folder_${folder}`)} text={t(searching ? 'emptySearch' : 'empty')} />;
  }
  return (
    <>
      <ul className="data-box-list">
        {page.messages.map((message) => (
          <MessageRow key={message.id} message={message} folder={folder} />
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label={t('pagination')} className="data-box-pages">
          <button
            type="button"
            className="data-box-button data-box-button--secondary"
            disabled={page.page <= 1}
            onClick={() => onPage(page.page - 1)}
          >
            {t('previous')}
          </button>
          <span>{t('pageOf', { page: page.page, pages })}</span>
          <button
            type="button"
            className="data-box-button data-box-button--secondary"
            disabled={page.page >= pages}
            onClick={() => onPage(page.page + 1)}
          >
            {t('next')}
          </button>
        </nav>
      )}
    </>
  );
}

function MessageRow({ message, folder }: { message: Message; folder: Folder }) {
  const { t, formatDate } = useTranslator(messages);
  const { locale } = useHostState();
  const received = message.direction === 'received';
  const other = received ? message.sender : message.recipient;
  const subject = message.subject || t('noSubject');
  const count = message.attachments.length;
  const to = folder === 'drafts' || message.status === 'draft' ? paths.draft(message.id) : paths.message(message.id);
  return (
    <li className={message.unread ? 'data-box-item data-box-item--unread' : 'data-box-item'}>
      <span className="data-box-item__party">
        <span className="data-box-sr-only">{t(received ? 'colFrom' : 'colTo')}: </span>
        {other.name[locale]}
      </span>
      <ServiceLink to={to} className="data-box-item__subject">
        {message.unread ? (
          <>
            <strong>{subject}</strong>
            <span className="data-box-sr-only"> ({t('unread')})</span>
          </>
        ) : (
          subject
        )}
      </ServiceLink>
      <time className="data-box-item__date" dateTime={message.date}>
        {formatDate(message.date, { dateStyle: 'medium', timeStyle: 'short' })}
      </time>
      {count > 0 && (
        <span className="data-box-item__attachments">
          <span aria-hidden="true">📎 {count}</span>
          <span className="data-box-sr-only">{t(countKey('attachmentCount', locale, count), { count })}</span>
        </span>
      )}
    </li>
  );
}
