import { GovEmpty } from '../../gov.js';
import { Heading, type HeadingLevel } from '../../internal/heading.js';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

interface EmptyStateAction {
  href: string;
  label: string;
  onNavigate?: NavigateHandler;
}

export interface EmptyStateProps {
  title: string;
  text: string;
  /** An optional link onwards, e.g. back to the home page. */
  action?: EmptyStateAction;
  /** Level of the title heading. Default 2. */
  headingLevel?: HeadingLevel;
}

/** Title and text for a section that is not available yet or a page that was not found (gov.cz GovEmpty, no icon). */
export function EmptyState({ title, text, action, headingLevel = 2 }: EmptyStateProps) {
  return (
    <GovEmpty
      className="czp-empty"
      headline={
        <Heading level={headingLevel} className="czp-empty__title">
          {title}
        </Heading>
      }
    >
      <p className="czp-empty__text">{text}</p>
      {action && (
        <p className="czp-empty__action">
          <a href={action.href} onClick={linkClickHandler(action.href, action.onNavigate)}>
            {action.label}
          </a>
        </p>
      )}
    </GovEmpty>
  );
}
