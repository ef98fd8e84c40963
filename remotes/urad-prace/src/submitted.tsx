import type { SubmissionDetail } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { useHost } from '@czp/remote-sdk';
import type { MouseEvent, ReactNode } from 'react';
import { DATA_BOX_HREF, submissionHref } from './submission.js';

/** A link to another part of the portal: a plain left click navigates inside the portal. */
function PortalLink({ href, children }: { href: string; children: ReactNode }) {
  const host = useHost();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    host.navigate(href);
  };
  return (
    <a href={href} onClick={go}>
      {children}
    </a>
  );
}

export interface SubmittedTexts {
  title: string;
  reference: string;
  follow: string;
  dataBox: string;
}

/** What the citizen sees once the application is made: its reference number and where to follow it. */
export function Submitted({ submission, texts }: { submission: SubmissionDetail; texts: SubmittedTexts }) {
  return (
    <Notice kind="success" role="status" title={texts.title}>
      <p>{texts.reference}</p>
      <ul>
        <li>
          <PortalLink href={submissionHref(submission.id)}>{texts.follow}</PortalLink>
        </li>
        <li>
          <PortalLink href={DATA_BOX_HREF}>{texts.dataBox}</PortalLink>
        </li>
      </ul>
    </Notice>
  );
}
