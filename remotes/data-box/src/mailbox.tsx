import { DATA_BOX_LIMITS } from '@czp/contract';
import { ButtonLink, Notice, SecondaryNav } from '@czp/design-system';
import { MessageList } from '@czp/design-system/content';
import { TextField } from '@czp/design-system/forms';
import { useServicePath, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { FOLDERS, type Folder, type MessagePage, type Storage } from './api.js';
import { countKey, messages } from './messages.js';
import { paths } from './routes.js';
import { Button, ServiceLink, takeFlash, useBadgeRefresh, useDataBoxApi, useNavigate, ViewHeading } from './shared.js';
import { StorageMeter } from './storage-meter.js';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; page: MessagePage };

/** Folders, search, the list of one folder with paging, and the storage meter. */
export function Mailbox({ folder }: { folder: Folder }) {
  const { t, locale } = useTranslator(messages);
  const api = useDataBoxApi();
  const { href } = useServicePath();
  const navigate = useNavigate();
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

  const folderItems = FOLDERS.map((name) => {
    const count = name === 'inbox' && unread !== null && unread > 0 ? unread : 0;
    const label = t(`folder_${name}`);
    return {
      href: href(paths.folder(name)),
      label: count > 0 ? `${label} (${t(countKey('unreadInFolder', locale, count), { count })})` : label,
      current: name === folder,
    };
  });

  return (
    <div className="data-box">
      <ViewHeading id={`${id}-title`}>{t(`folder_${folder}`)}</ViewHeading>
      <div role="status">{status && <Notice kind="success">{t(status)}</Notice>}</div>
      <div className="data-box-row">
        <ButtonLink href={href(paths.compose())} onNavigate={navigate}>
          {t('compose')}
        </ButtonLink>
        <ServiceLink to={paths.settings}>{t('settings')}</ServiceLink>
      </div>
      <SecondaryNav label={t('folders')} items={folderItems} onNavigate={navigate} />
      {/* biome-ignore lint/a11y/useSemanticElements: a search landmark every screen reader knows; <search> is too new */}
      <form role="search" className="data-box-row data-box-search" onSubmit={submitSearch}>
        <TextField
          label={t('searchLabel')}
          type="search"
          maxLength={DATA_BOX_LIMITS.searchLength}
          width="l"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Button type="submit">{t('searchButton')}</Button>
        {search && (
          <Button
            onClick={() => {
              setQuery('');
              setSearch('');
              setPage(1);
            }}
          >
            {t('searchClear')}
          </Button>
        )}
      </form>
      <section aria-labelledby={`${id}-title`} aria-busy={load.state === 'loading'} className="data-box">
        {search && <p>{t('searchResults', { q: search })}</p>}
        {load.state === 'loading' && <p>{t('loading')}</p>}
        {load.state === 'failed' && (
          <Notice kind="error" role="alert">
            <p>{t('loadFailed')}</p>
            <Button onClick={() => setAttempt(attempt + 1)}>{t('retry')}</Button>
          </Notice>
        )}
        {load.state === 'ready' && (
          <FolderList folder={folder} page={load.page} searching={Boolean(search)} onPage={setPage} />
        )}
      </section>
      {storage && <StorageMeter storage={storage} />}
    </div>
  );
}

/** One page of a folder on the library's message list, with previous/next under it. */
function FolderList({
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
  const { t, locale, formatDate } = useTranslator(messages);
  const { href } = useServicePath();
  const navigate = useNavigate();
  const pages = Math.max(1, Math.ceil(page.total / Math.max(1, page.pageSize)));
  const items = page.messages.map((message) => {
    const received = message.direction === 'received';
    const count = message.attachments.length;
    const to = folder === 'drafts' || message.status === 'draft' ? paths.draft(message.id) : paths.message(message.id);
    return {
      id: message.id,
      href: href(to),
      party: (received ? message.sender : message.recipient).name[locale],
      subject: message.subject || t('noSubject'),
      date: formatDate(message.date, { dateStyle: 'medium', timeStyle: 'short' }),
      dateTime: message.date,
      attachments: count > 0 ? t(countKey('attachmentCount', locale, count), { count }) : undefined,
      unread: message.unread,
    };
  });
  return (
    <MessageList
      items={items}
      label={t(`folder_${folder}`)}
      partyLabel={t(folder === 'inbox' ? 'colFrom' : 'colTo')}
      unreadLabel={t('unread')}
      emptyText={t(searching ? 'emptySearch' : 'empty')}
      onNavigate={navigate}
      paging={
        pages > 1 && (
          <nav aria-label={t('pagination')} className="data-box-row">
            <Button disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
              {t('previous')}
            </Button>
            <span>{t('pageOf', { page: page.page, pages })}</span>
            <Button disabled={page.page >= pages} onClick={() => onPage(page.page + 1)}>
              {t('next')}
            </Button>
          </nav>
        )
      }
    />
  );
}
