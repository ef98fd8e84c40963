import type { LevelOfAssurance } from '@czp/contract';
import { EmptyState } from '@czp/design-system';
import { useShellActions } from '../actions/shell-actions.js';
import type { ShellMessageKey } from '../i18n/message-key.js';
import type { ShellTranslator } from '../i18n/messages.js';
import { useT } from '../i18n/translator-context.js';
import { type Access, consentHref, loginHref } from './access.js';

const LEVEL_LABEL: Record<LevelOfAssurance, ShellMessageKey> = {
  low: 'levelLow',
  substantial: 'levelSubstantial',
  high: 'levelHigh',
};

export function levelLabel(t: ShellTranslator, level: LevelOfAssurance): string {
  return t.t(LEVEL_LABEL[level]);
}

/**
 * What a page or service shows instead of itself when the citizen may not see it yet: log in, log in more strongly,
 * or give consent. The links come back to `returnTo`.
 */
export function AccessGate({
  access,
  returnTo,
  what,
  kind,
}: {
  access: Exclude<Access, { kind: 'open' }>;
  returnTo: string;
  /** The page's or service's name. */
  what: string;
  kind: 'page' | 'service';
}) {
  const t = useT();
  const { navigate } = useShellActions();
  switch (access.kind) {
    case 'login':
      return (
        <div data-access="login">
          <EmptyState
            title={t.t('loginRequiredTitle')}
            text={
              kind === 'service' && access.level
                ? t.t('serviceLoginRequiredText', { service: what, level: levelLabel(t, access.level) })
                : t.t('loginRequiredText', { page: what })
            }
            action={{ href: loginHref(returnTo, access.level), label: t.t('login') }}
          />
        </div>
      );
    case 'step-up':
      return (
        <div data-access="step-up">
          <EmptyState
            title={t.t('stepUpTitle')}
            text={t.t('stepUpText', {
              service: what,
              required: levelLabel(t, access.required),
              actual: levelLabel(t, access.actual),
            })}
            action={{ href: loginHref(returnTo, access.required), label: t.t('stepUpButton') }}
          />
        </div>
      );
    case 'consent':
      return (
        <div data-access="consent">
          <EmptyState
            title={t.t('consentRequiredTitle')}
            text={t.t('consentRequiredText', { page: what })}
            action={{ href: consentHref(returnTo), label: t.t('consentGive'), onNavigate: (href) => navigate(href) }}
          />
        </div>
      );
  }
}
