/**
 * An issued plan (or a draft the reader may not edit) shown the way the document reads:
 * the two header blocks (issuing body and number on the left; the national motto and the
 * place and date on the right), KẾ HOẠCH and its title, the bases, the numbered sections
 * with their lines (a task's "who, when, how much" under it), the closing, then Nơi nhận
 * beside the signature. The .docx download prints the same in the official layout.
 */
import type { PlanDocument, PlanItem, PlanSection } from '../../../../../common/plans/plan-document.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { sectionAnchor } from './plan-edit.ts';

function dateParts(date: string | null, year: number | null) {
  if (date) {
    const [y, m, d] = date.split('-');
    return { day: d!, month: String(Number(m)), year: y! };
  }
  // "ngày   tháng   năm 2025": the document leaves day and month blank until it is signed.
  return { day: '\u2003', month: '\u2003', year: year ? String(year) : '\u2003\u2003' };
}

export function PlanDocumentView({ doc }: { doc: PlanDocument }) {
  const m = useMessages();
  const w = m.plans.view;
  const date = dateParts(doc.date, doc.year);
  const number = doc.number && !doc.number.startsWith('/') ? w.number(doc.number) : doc.number ? `Số:\u2003\u2003${doc.number}` : w.noNumber;
  return (
    <article className="plan-paper" aria-label={m.plans.documentLabel} lang="vi">
      <div className="plan-paper-header">
        <div className="plan-paper-issuer">
          {doc.issuer.parent ? <p className="plan-paper-parent">{doc.issuer.parent}</p> : null}
          {doc.issuer.name ? <p className="plan-paper-body">{doc.issuer.name}</p> : null}
          <p className="plan-paper-rule" aria-hidden="true" />
          <p>{number}</p>
          {doc.kind === 'letter' && doc.subject ? <p className="plan-paper-subject">{w.subject(doc.subject)}</p> : null}
        </div>
        <div className="plan-paper-motto">
          <p className="plan-paper-republic">{w.republic}</p>
          <p className="plan-paper-motto-line">{w.motto}</p>
          <p className="plan-paper-rule" aria-hidden="true" />
          <p className="plan-paper-date">{w.dateLine(doc.place ?? '\u2003\u2003', date.day, date.month, date.year)}</p>
        </div>
      </div>

      {doc.kind === 'letter' ? (
        doc.addressees.length > 0 ? (
          <div className="plan-paper-addressees">
            <span>{w.addressedTo}</span>
            <ul>
              {doc.addressees.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null
      ) : (
        <>
          <p className="plan-paper-kind">{w.kindHeading[doc.kind]}</p>
          <p className="plan-paper-title">{doc.title}</p>
        </>
      )}

      <div className="plan-paper-text">
        {doc.legalBases.map((basis, i) => (
          <p key={`basis-${i}`}>{basis.text}</p>
        ))}
        {doc.preamble.map((paragraph, i) => (
          <p key={`preamble-${i}`}>{paragraph}</p>
        ))}
        {doc.sections.map((section, i) => (
          <ViewSection key={i} section={section} sectionKey={String(i)} depth={0} />
        ))}
        {doc.closing.map((paragraph, i) => (
          <p key={`closing-${i}`}>{paragraph}</p>
        ))}
      </div>

      <div className="plan-paper-footer">
        <div className="plan-paper-recipients">
          <p className="plan-paper-recipients-title">{w.recipients}</p>
          <ul>
            {doc.recipients.map((recipient, i) => (
              <li key={i}>
                - {recipient}
                {i === doc.recipients.length - 1 ? '.' : ';'}
              </li>
            ))}
          </ul>
        </div>
        <div className="plan-paper-signer">
          {doc.signer.authority ? <p>{doc.signer.authority}</p> : null}
          {doc.signer.title ? <p>{doc.signer.title}</p> : null}
          {(doc.signer.extraTitles ?? []).map((title, i) => (
            <p key={i}>{title}</p>
          ))}
          <p className="plan-paper-signature-space" aria-hidden="true" />
          {doc.signer.name ? <p className="plan-paper-signer-name">{doc.signer.name}</p> : null}
        </div>
      </div>
    </article>
  );
}

function ViewSection({ section, sectionKey, depth }: { section: PlanSection; sectionKey: string; depth: number }) {
  const heading = [section.label, section.title].filter(Boolean).join(' ');
  const Heading = (`h${Math.min(6, 3 + depth)}` as 'h3' | 'h4' | 'h5' | 'h6');
  return (
    <div className="plan-paper-section" data-depth={depth}>
      {heading ? (
        <Heading className="plan-paper-heading" id={`${sectionAnchor(sectionKey)}-view`}>
          {heading}
        </Heading>
      ) : null}
      {section.items.map((item, i) => (
        <ViewItem key={i} item={item} />
      ))}
      {section.sections.map((child, i) => (
        <ViewSection key={i} section={child} sectionKey={`${sectionKey}.${i}`} depth={depth + 1} />
      ))}
    </div>
  );
}

function ViewItem({ item }: { item: PlanItem }) {
  const m = useMessages();
  const w = m.plans.view;
  const details = [
    item.responsible ? w.responsible(item.responsible) : null,
    item.coResponsible ? w.coResponsible(item.coResponsible) : null,
    item.timeframe ? w.timeframe(item.timeframe) : null,
    item.budget ? w.budget(item.budget) : null,
  ].filter((part): part is string => part !== null);
  return (
    <div className="plan-paper-item" data-kind={item.kind}>
      <p>
        {item.label ? <span className="plan-paper-item-label">{item.label} </span> : null}
        {item.text}
      </p>
      {details.length > 0 ? <p className="plan-paper-item-details">{details.join('; ')}</p> : null}
    </div>
  );
}
