/**
 * The structured plan editor, "keeping the structure without getting in the way": on the
 * left the outline to move around a long plan (phần đầu, căn cứ, each numbered section,
 * chỉ tiêu, chế độ báo cáo, nơi nhận, người ký — on a phone it folds above the form); on
 * the right the parts themselves, each a titled card. The page owning the draft (the
 * plan page, the import review, a new plan) puts its save bar under it.
 */
import { Card, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { PlanDocument } from '../../../../../common/plans/plan-document.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import type { PlanDispatch, PlanDraft } from '../hooks/use-plan-draft.ts';
import { LegalBasesEditor } from './legal-bases-editor.tsx';
import { DeadlinesEditor, TargetsEditor } from './measures-editor.tsx';
import { outlineOf, sectionAnchor } from './plan-edit.ts';
import { DateValueField, LinesField, YearField } from './plan-fields.tsx';
import { SectionsEditor } from './sections-editor.tsx';

const orNull = (text: string) => (text === '' ? null : text);

export const PART_IDS = {
  header: 'plan-part-header',
  legalBases: 'plan-part-bases',
  sections: 'plan-part-sections',
  targets: 'plan-part-targets',
  deadlines: 'plan-part-deadlines',
  recipients: 'plan-part-recipients',
  signer: 'plan-part-signer',
} as const;

/** Scrolls a part into view and moves the keyboard there, as following a link would. */
export function goToAnchor(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start', behavior: 'smooth' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

export function PlanEditor({ draft, top }: { draft: PlanDraft; top?: ReactNode }) {
  const { doc, dispatch } = draft;
  const m = useMessages();
  const w = m.plans.editor;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const onToggle = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  // Reaching a section from the outline opens it and every section it sits in.
  const reveal = useCallback((key: string) => {
    setCollapsed((current) => {
      const parts = key.split('.');
      const next = new Set(current);
      parts.forEach((_, i) => next.delete(parts.slice(0, i + 1).join('.')));
      return next.size === current.size ? current : next;
    });
    requestAnimationFrame(() => goToAnchor(`${sectionAnchor(key)}-title`));
  }, []);

  return (
    <div className="plan-editor" key={draft.generation}>
      <PlanOutline doc={doc} onSection={reveal} />
      <Stack gap="md" className="plan-editor-parts">
        {top}
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.header}>
          <PartTitle id={PART_IDS.header} title={w.header} intro={w.headerIntro} />
          <HeaderFields doc={doc} dispatch={dispatch} />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.legalBases}>
          <PartTitle id={PART_IDS.legalBases} title={`${w.legalBases} ${w.partsCount(formatNumber(doc.legalBases.length))}`} intro={w.legalBasesIntro} />
          <LegalBasesEditor bases={doc.legalBases} dispatch={dispatch} />
          <LinesField mt="md" label={w.preamble} description={w.preambleHint} lines={doc.preamble} onLines={(lines) => dispatch({ type: 'set', path: ['preamble'], value: lines })} minRows={1} />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.sections}>
          <PartTitle id={PART_IDS.sections} title={w.sections} intro={w.sectionsIntro} />
          <SectionsEditor sections={doc.sections} dispatch={dispatch} collapsed={collapsed} onToggle={onToggle} />
          <LinesField mt="md" label={w.closing} description={w.closingHint} lines={doc.closing} onLines={(lines) => dispatch({ type: 'set', path: ['closing'], value: lines })} minRows={1} />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.targets}>
          <PartTitle id={PART_IDS.targets} title={`${w.targets} ${w.partsCount(formatNumber(doc.targets.length))}`} intro={w.targetsIntro} />
          <TargetsEditor targets={doc.targets} dispatch={dispatch} />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.deadlines}>
          <PartTitle id={PART_IDS.deadlines} title={`${w.deadlines} ${w.partsCount(formatNumber(doc.reportingDeadlines.length))}`} intro={w.deadlinesIntro} />
          <DeadlinesEditor deadlines={doc.reportingDeadlines} dispatch={dispatch} />
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.recipients}>
            <PartTitle id={PART_IDS.recipients} title={w.recipients} />
            <LinesField aria-label={w.recipients} description={w.recipientsHint} lines={doc.recipients} onLines={(lines) => dispatch({ type: 'set', path: ['recipients'], value: lines })} minRows={4} />
          </Card>
          <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={PART_IDS.signer}>
            <PartTitle id={PART_IDS.signer} title={w.signer} intro={w.signerIntro} />
            <SignerFields signer={doc.signer} dispatch={dispatch} />
          </Card>
        </SimpleGrid>
      </Stack>
    </div>
  );
}

function PartTitle({ id, title, intro }: { id: string; title: string; intro?: string }) {
  return (
    <div className="plan-part-title">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {intro ? (
        <Text size="sm" c="dimmed" mt={2}>
          {intro}
        </Text>
      ) : null}
    </div>
  );
}

/** The outline: each part and each numbered section, a link that takes the keyboard there. */
function PlanOutline({ doc, onSection }: { doc: PlanDocument; onSection: (key: string) => void }) {
  const m = useMessages();
  const w = m.plans.editor;
  const entries = useMemo(() => outlineOf(doc.sections), [doc.sections]);
  // Beside the form on a wide screen; folded above it on a phone, where it would push the form away.
  const [isOpenAtFirst] = useState(() => typeof window === 'undefined' || window.matchMedia('(min-width: 62em)').matches);
  const part = (id: string, label: string, count?: number) => (
    <li>
      <a
        href={`#${id}`}
        className="plan-outline-link"
        onClick={(event) => {
          event.preventDefault();
          goToAnchor(id);
        }}
      >
        <span className="plan-outline-text">
          {label}
          {count !== undefined ? <span className="plan-outline-count"> {w.partsCount(formatNumber(count))}</span> : null}
        </span>
      </a>
    </li>
  );
  const list = (
    <ul className="plan-outline-list">
      {part(PART_IDS.header, w.header)}
      {part(PART_IDS.legalBases, w.legalBases, doc.legalBases.length)}
      {part(PART_IDS.sections, w.sections)}
      {entries.map((entry) => (
        <li key={entry.key} style={{ paddingInlineStart: 12 + entry.depth * 12 }}>
          <a
            href={`#${sectionAnchor(entry.key)}-title`}
            className="plan-outline-link plan-outline-section"
            data-depth={entry.depth}
            onClick={(event) => {
              event.preventDefault();
              onSection(entry.key);
            }}
          >
            <span className="plan-outline-text">
              {entry.label ? <span className="plan-outline-label">{entry.label}</span> : null} {entry.title || w.sectionName('', '')}
            </span>
          </a>
        </li>
      ))}
      {part(PART_IDS.targets, w.targets, doc.targets.length)}
      {part(PART_IDS.deadlines, w.deadlines, doc.reportingDeadlines.length)}
      {part(PART_IDS.recipients, w.recipients)}
      {part(PART_IDS.signer, w.signer)}
    </ul>
  );
  return (
    <nav className="plan-outline" aria-label={w.outline}>
      <details className="plan-outline-fold" open={isOpenAtFirst}>
        <summary className="plan-outline-summary">{w.outlineShow}</summary>
        {list}
      </details>
    </nav>
  );
}

const HeaderFields = memo(function HeaderFields({ doc, dispatch }: { doc: PlanDocument; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  const set = (path: (string | number)[], value: unknown) => dispatch({ type: 'set', path, value });
  const period = doc.period;
  const isPeriodReversed = period !== null && period.fromYear > period.toYear;
  const setPeriod = (from: number | null, to: number | null) => {
    if (from === null && to === null) set(['period'], null);
    else set(['period'], { fromYear: from ?? to!, toYear: to ?? from! });
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={w.issuerParent} description={w.issuerParentHint} value={doc.issuer.parent ?? ''} onChange={(event) => set(['issuer', 'parent'], orNull(event.currentTarget.value))} autoComplete="off" />
        <TextInput label={w.issuerName} description={w.issuerNameHint} value={doc.issuer.name ?? ''} onChange={(event) => set(['issuer', 'name'], orNull(event.currentTarget.value))} autoComplete="off" />
        <TextInput label={w.number} description={w.numberHint} value={doc.number ?? ''} onChange={(event) => set(['number'], orNull(event.currentTarget.value.replace(/\s/g, '')))} autoComplete="off" />
        <TextInput label={w.place} description={w.placeHint} value={doc.place ?? ''} onChange={(event) => set(['place'], orNull(event.currentTarget.value))} autoComplete="off" />
        <DateValueField
          label={w.date}
          description={w.dateHint}
          value={doc.date}
          onValue={(date) => {
            set(['date'], date);
            if (date) set(['year'], Number(date.slice(0, 4)));
          }}
        />
        <YearField label={w.docYear} description={w.docYearHint} value={doc.year} disabled={doc.date !== null} onValue={(year) => set(['year'], year)} />
      </SimpleGrid>
      {doc.kind === 'letter' ? (
        <>
          <Textarea label={w.subject} autosize minRows={1} value={doc.subject ?? ''} onChange={(event) => set(['subject'], orNull(event.currentTarget.value))} />
          <LinesField label={w.addressees} description={w.linesHint} lines={doc.addressees} onLines={(lines) => set(['addressees'], lines)} minRows={1} />
        </>
      ) : null}
      <Textarea label={w.title} description={w.titleHint} autosize minRows={1} maxRows={4} required value={doc.title} onChange={(event) => set(['title'], event.currentTarget.value)} />
      <fieldset className="plan-period">
        <legend>{w.period}</legend>
        <Text size="xs" c="dimmed" mb={4}>
          {w.periodHint}
        </Text>
        <div className="plan-period-fields">
          <YearField label={w.fromYear} value={period?.fromYear ?? null} onValue={(year) => setPeriod(year, period?.toYear ?? null)} error={isPeriodReversed ? w.periodOrder : undefined} />
          <YearField label={w.toYear} value={period?.toYear ?? null} onValue={(year) => setPeriod(period?.fromYear ?? null, year)} />
        </div>
      </fieldset>
    </Stack>
  );
});

const SignerFields = memo(function SignerFields({ signer, dispatch }: { signer: PlanDocument['signer']; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  const set = (field: string, value: unknown) => dispatch({ type: 'set', path: ['signer', field], value });
  return (
    <Stack gap="sm">
      <TextInput label={w.authority} description={w.authorityHint} value={signer.authority ?? ''} onChange={(event) => set('authority', orNull(event.currentTarget.value))} autoComplete="off" />
      <TextInput label={w.signerTitle} description={w.signerTitleHint} value={signer.title ?? ''} onChange={(event) => set('title', orNull(event.currentTarget.value))} autoComplete="off" />
      <LinesField label={w.extraTitles} description={w.linesHint} lines={signer.extraTitles ?? []} onLines={(lines) => set('extraTitles', lines)} minRows={1} />
      <TextInput label={w.signerName} value={signer.name ?? ''} onChange={(event) => set('name', orNull(event.currentTarget.value))} autoComplete="off" />
    </Stack>
  );
});
