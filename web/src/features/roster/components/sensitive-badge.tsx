/**
 * The mark beside every place ethnicity shows: "Dữ liệu nhạy cảm", with a tooltip citing
 * the law. A button so a keyboard reaches it; the explanation is also its description,
 * so a screen reader hears it without the tooltip.
 */
import { Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useMessages } from '../../../lib/i18n.tsx';

export function SensitiveBadge() {
  const m = useMessages();
  const id = useId();
  return (
    <>
      <Tooltip label={m.roster.sensitiveTooltip} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
        <button type="button" className="sensitive-badge" aria-describedby={id}>
          <IconShieldLock size={14} aria-hidden="true" />
          <span>{m.roster.sensitive}</span>
        </button>
      </Tooltip>
      <span id={id} className="visually-hidden">
        {m.roster.sensitiveTooltip}
      </span>
    </>
  );
}
