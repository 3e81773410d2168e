/** "còn 5 ngày", "hạn cuối là hôm nay", "quá hạn 3 ngày" — beside a deadline that still matters. */
import { Text } from '@mantine/core';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

export function DeadlineCountdown({ days }: { days: number }) {
  const m = useMessages();
  const text = days > 0 ? m.reports.daysLeft(formatNumber(days)) : days === 0 ? m.reports.dueToday : m.reports.daysOverdue(formatNumber(-days));
  const color = days < 0 ? 'red.8' : days <= 3 ? '#9c3a00' : 'dimmed';
  return (
    <Text component="span" size="sm" c={color} fw={days <= 3 ? 600 : undefined} className="nowrap">
      {text}
    </Text>
  );
}
