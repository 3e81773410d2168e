/** A page of a longer list: how many there are in all above it, the page numbers below it when there is more than one page. */
import { Group, Pagination, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../common/text/format.ts';
import { useMessages } from '../lib/i18n.tsx';

interface PagedResultsProps {
  total: number;
  pageSize: number;
  page: number;
  onPageChange: (page: number) => void;
  children: ReactNode;
}

export function PagedResults({ total, pageSize, page, onPageChange, children }: PagedResultsProps) {
  const m = useMessages();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {m.app.total(formatNumber(total))}
      </Text>
      {children}
      {pages > 1 ? (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            getControlProps={(control) => ({ 'aria-label': m.app.pageControls[control] })}
            getItemProps={(item) => ({ 'aria-label': m.app.page(String(item), String(pages)) })}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
