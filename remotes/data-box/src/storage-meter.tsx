import { StorageMeter as Meter } from '@czp/design-system/content';
import { useTranslator } from '@czp/remote-sdk';
import type { Storage } from './api.js';
import { formatSize, usedShare } from './format.js';
import { messages } from './messages.js';

/** "Využito 1,26 MB (0,3 %) z 500 MB" on the library's meter, which warns in words from 90 %. */
export function StorageMeter({ storage }: { storage: Storage }) {
  const { t, formatNumber } = useTranslator(messages);
  const share = usedShare(storage.usedBytes, storage.quotaBytes);
  return (
    <Meter
      label={t('storageLabel')}
      text={t('storage', {
        used: formatSize(storage.usedBytes, formatNumber),
        percent: formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }),
        quota: formatSize(storage.quotaBytes, formatNumber),
      })}
      value={storage.usedBytes}
      max={storage.quotaBytes}
      warningText={t('storageWarning')}
    />
  );
}
