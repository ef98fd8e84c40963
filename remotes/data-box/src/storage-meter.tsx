import { useTranslator } from '@czp/remote-sdk';
import { useId } from 'react';
import type { Storage } from './api.js';
import { formatSize, usedShare } from './format.js';
import { messages } from './messages.js';

/** "Využito 1,26 MB (0,3 %) z 500 MB" with a meter named by the same text. */
export function StorageMeter({ storage }: { storage: Storage }) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const share = usedShare(storage.usedBytes, storage.quotaBytes);
  const text = t('storage', {
    used: formatSize(storage.usedBytes, formatNumber),
    percent: formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }),
    quota: formatSize(storage.quotaBytes, formatNumber),
  });
  return (
    <div className="data-box-storage">
      <p id={`${id}-label`} className="data-box-storage__label">
        {t('storageLabel')}
      </p>
      <meter
        className="data-box-storage__meter"
        min={0}
        max={storage.quotaBytes || 1}
        low={(storage.quotaBytes || 1) * 0.8}
        high={(storage.quotaBytes || 1) * 0.95}
        optimum={0}
        value={storage.usedBytes}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-text`}
      />
      <p id={`${id}-text`} className="data-box-storage__text">
        {text}
      </p>
    </div>
  );
}
