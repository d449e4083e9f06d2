import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import './console-section.css';

/**
 * One console page as the seller back offices lay it out: the title, a line on what it is for,
 * the page's own actions on the right, then its cards. The title names the region for screen
 * readers.
 */
export function ConsoleSection({
  id,
  title,
  intro,
  extra,
  testId,
  children,
}: {
  /** Prefix of the title's id, unique on the page. */
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  extra?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <section className="hs-console-section" aria-labelledby={titleId} data-testid={testId}>
      <Flex className="hs-console-section__header" justify="space-between" align="flex-start" gap="middle" wrap>
        <div className="hs-console-section__heading">
          <Typography.Title level={2} id={titleId} className="hs-console-section__title">
            {title}
          </Typography.Title>
          {intro ? <Typography.Paragraph type="secondary" className="hs-console-section__intro">{intro}</Typography.Paragraph> : null}
        </div>
        {extra ? <Flex gap="small" wrap align="center">{extra}</Flex> : null}
      </Flex>
      {children}
    </section>
  );
}
