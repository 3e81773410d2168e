/** "Đang hoạt động" or "Ngừng hoạt động từ 01/07/2025": validTo is the first day a unit no longer operates. */
import { Badge } from '@mantine/core';
import { formatDate } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

interface UnitStatusBadgeProps {
  isOpen: boolean;
  validTo: string | null;
  /** Only the closed state is worth a badge in a dense list. */
  closedOnly?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

export function UnitStatusBadge({ isOpen, validTo, closedOnly = false, size = 'sm' }: UnitStatusBadgeProps) {
  const m = useMessages();
  if (isOpen) {
    return closedOnly ? null : (
      <Badge color="teal" variant="light" size={size}>
        {m.units.open}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" size={size} className="badge-closed">
      {validTo ? m.units.closedFrom(formatDate(validTo)) : m.units.closed}
    </Badge>
  );
}
