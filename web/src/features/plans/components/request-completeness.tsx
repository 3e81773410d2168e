/** How many of the units asked have issued their plan: "12/40 đơn vị đã ban hành", with a bar (decoration: the words say it all). */
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

export function RequestCompleteness({ issued, asked }: { issued: number; asked: number }) {
  const m = useMessages();
  const share = asked > 0 ? Math.round((issued / asked) * 100) : 0;
  return (
    <div className="plan-request-completeness">
      <div className="plan-request-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
      <span className="plan-request-count">
        <strong>{m.plans.requests.issuedOf(formatNumber(issued), formatNumber(asked))}</strong>
        {asked > 0 ? ` (${formatNumber(share)}%)` : ''}
      </span>
    </div>
  );
}
