/**
 * A titled part of a page (a landmark named by its h2): the title, an optional line
 * saying what the part is for, optional buttons beside the title, then the content.
 */
import { Card, Group, Text, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The title's id, which names the section. */
  id: string;
  title: ReactNode;
  /** h3 on a page of a few large parts, h4 where parts sit side by side. */
  titleSize: 'h3' | 'h4';
  intro?: ReactNode;
  /** Buttons beside the title; the title gets a row of its own even when there are none to show (null). */
  actions?: ReactNode;
  /** Space between the heading (title and intro) and the content. */
  gap?: MantineSpacing;
  children: ReactNode;
}

export function SectionCard({ id, title, titleSize, intro, actions, gap = 'sm', children }: SectionCardProps) {
  const heading = (
    <Title order={2} size={titleSize} id={id} mb={actions === undefined && intro === undefined ? gap : undefined}>
      {title}
    </Title>
  );
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      {actions === undefined ? (
        heading
      ) : (
        <Group justify="space-between" mb={gap} gap="xs">
          {heading}
          {actions}
        </Group>
      )}
      {intro === undefined ? null : (
        <Text size="sm" c="dimmed" mb={gap}>
          {intro}
        </Text>
      )}
      {children}
    </Card>
  );
}
