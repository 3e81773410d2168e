/**
 * How many of a subtree's expected reports are in: a bar (on time, late, overdue over the
 * expected) beside the figures in words. The bar is decoration; the words say it all.
 */
import type { Completeness } from '../../../../../common/contracts/campaigns.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

interface CompletenessBarProps {
  completeness: Completeness;
  /** 'full' adds on time / late / overdue / exempt in words; 'compact' says "12/15" and what is overdue. */
  variant?: 'full' | 'compact';
}

const share = (part: number, whole: number) => `${(part / whole) * 100}%`;

export function CompletenessBar({ completeness: c, variant = 'full' }: CompletenessBarProps) {
  const m = useMessages();
  const words = m.campaigns;
  if (c.expected === 0) {
    return <span className="completeness-text blank-cell">{c.exempt > 0 ? words.exemptCount(formatNumber(c.exempt)) : words.nothingExpected}</span>;
  }
  const percent = c.submittedPercent === null ? '' : ` (${words.percent(formatNumber(c.submittedPercent))})`;
  const details = [
    c.onTime > 0 ? words.onTimeCount(formatNumber(c.onTime)) : null,
    c.late > 0 ? words.lateCount(formatNumber(c.late)) : null,
    c.exempt > 0 ? words.exemptCount(formatNumber(c.exempt)) : null,
  ].filter((part): part is string => part !== null);
  return (
    <div className="completeness" data-variant={variant}>
      <div className="completeness-bar" aria-hidden="true">
        <span className="completeness-on-time" style={{ width: share(c.onTime, c.expected) }} />
        <span className="completeness-late" style={{ width: share(c.late, c.expected) }} />
        <span className="completeness-overdue" style={{ width: share(c.overdue, c.expected) }} />
      </div>
      <span className="completeness-text">
        <strong>
          {variant === 'compact' ? `${formatNumber(c.submitted)}/${formatNumber(c.expected)}` : words.submittedOf(formatNumber(c.submitted), formatNumber(c.expected))}
          {variant === 'full' ? percent : null}
        </strong>
        {variant === 'full' && details.length > 0 ? ` · ${details.join(' · ')}` : null}
        {c.overdue > 0 ? (
          <>
            {' · '}
            <span className="completeness-overdue-text">{words.overdueCount(formatNumber(c.overdue))}</span>
          </>
        ) : null}
      </span>
    </div>
  );
}
