/** The top of every page: its one h1, a line saying what the page is for, its main actions. */
import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Shown above the title (a breadcrumb). */
  above?: ReactNode;
}

export function PageHeader({ title, description, actions, above }: PageHeaderProps) {
  return (
    <header className="page-header">
      {above}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <div className="page-header-text">
          <Title order={1} className="page-title">
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" mt={4}>
              {description}
            </Text>
          ) : null}
        </div>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </header>
  );
}
