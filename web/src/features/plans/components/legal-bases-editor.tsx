/**
 * The legal bases (Căn cứ): each citation as the sentence the document prints, with its
 * fields (lead, type, number, date, issuer, title) in a row that opens under it; added
 * blank or picked from the legal library (GET /api/legal-documents, searched without
 * diacritics), removed, moved. A citation the library or a parent plan matched says so.
 */
import { ActionIcon, Autocomplete, Badge, Button, Group, Loader, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBooks, IconCheck, IconListDetails, IconPlus, IconSearch, IconWand } from '@tabler/icons-react';
import { memo, useState } from 'react';
import type { LegalDocument } from '../../../../../common/contracts/plans.ts';
import { CITATION_LEADS, type Citation } from '../../../../../common/plans/plan-document.ts';
import { formatDate, formatNumber } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useLegalDocuments } from '../api/get-legal-documents.ts';
import type { PlanDispatch } from '../hooks/use-plan-draft.ts';
import { composeCitationText, emptyCitation } from './plan-edit.ts';
import { DateValueField } from './plan-fields.tsx';
import { MoveButtons } from './sections-editor.tsx';

const orNull = (text: string) => (text === '' ? null : text);

/** What Vietnamese documents are, as citations name them. */
const DOCUMENT_TYPES = ['Luật', 'Nghị định', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Chương trình', 'Kế hoạch', 'Công văn', 'Hướng dẫn', 'Thông báo'];
const NO_LEAD = '__none';

export const LegalBasesEditor = memo(function LegalBasesEditor({ bases, dispatch }: { bases: readonly Citation[]; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  const [isLibraryOpen, setIsLibraryOpen] = useState(false);
  return (
    <Stack gap="sm">
      {bases.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.noBases}
        </Text>
      ) : (
        <ol className="plan-bases">
          {bases.map((basis, index) => (
            <BasisRow key={index} basis={basis} index={index} count={bases.length} dispatch={dispatch} />
          ))}
        </ol>
      )}
      <Group gap="xs">
        <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => dispatch({ type: 'insert', path: ['legalBases'], index: bases.length, value: emptyCitation() })}>
          {w.addBasis}
        </Button>
        <Button variant="default" size="sm" leftSection={<IconBooks size={16} aria-hidden="true" />} onClick={() => setIsLibraryOpen(true)}>
          {w.fromLibrary}
        </Button>
      </Group>
      <LegalLibraryModal
        opened={isLibraryOpen}
        onClose={() => setIsLibraryOpen(false)}
        onPick={(document) => dispatch({ type: 'insert', path: ['legalBases'], index: Number.MAX_SAFE_INTEGER, value: citationOf(document) })}
      />
    </Stack>
  );
});

function citationOf(document: LegalDocument): Citation {
  const fields = { lead: 'Căn cứ' as const, type: document.docType, number: document.number, date: document.issuedOn, issuer: document.issuer, title: document.title };
  return { ...fields, text: composeCitationText(fields), legalDocumentId: document.id };
}

interface BasisRowProps {
  basis: Citation;
  index: number;
  count: number;
  dispatch: PlanDispatch;
}

const BasisRow = memo(function BasisRow({ basis, index, count, dispatch }: BasisRowProps) {
  const m = useMessages();
  const w = m.plans.editor;
  const [isOpen, setIsOpen] = useState(basis.text.trim() === '');
  const what = w.basis(formatNumber(index + 1));
  const path = ['legalBases', index] as const;
  const detailsId = `plan-basis-${index}-details`;
  const set = (field: keyof Citation, value: unknown) => dispatch({ type: 'set', path: [...path, field], value });
  const composed = composeCitationText(basis);
  return (
    <li className="plan-basis">
      <div className="plan-basis-main">
        <span className="plan-basis-index" aria-hidden="true">
          {index + 1}.
        </span>
        <Textarea className="plan-basis-text" size="sm" autosize minRows={1} maxRows={8} aria-label={`${w.basisText} — ${what}`} value={basis.text} onChange={(event) => set('text', event.currentTarget.value)} />
        <div className="plan-row-actions">
          <ActionIcon variant="subtle" color="gray" aria-expanded={isOpen} aria-controls={detailsId} aria-label={w.detailsOf(what)} title={w.details} onClick={() => setIsOpen((open) => !open)}>
            <IconListDetails size={16} aria-hidden="true" />
          </ActionIcon>
          <MoveButtons what={what} index={index} count={count} onMove={(to) => dispatch({ type: 'move', path: ['legalBases'], from: index, to })} onRemove={() => dispatch({ type: 'remove', path: ['legalBases'], index })} />
        </div>
      </div>
      {basis.planId || basis.legalDocumentId ? (
        <Group gap={6} className="plan-basis-badges">
          {basis.planId ? (
            <Badge size="xs" variant="light" color="grape">
              {w.parentPlanBasis}
            </Badge>
          ) : null}
          {basis.legalDocumentId ? (
            <Badge size="xs" variant="light" color="gray">
              {w.inLibrary}
            </Badge>
          ) : null}
        </Group>
      ) : null}
      {isOpen ? (
        <div id={detailsId} className="plan-basis-details">
          <NativeSelect
            size="xs"
            label={w.lead}
            value={basis.lead ?? NO_LEAD}
            data={[...CITATION_LEADS.map((lead) => ({ value: lead, label: lead })), { value: NO_LEAD, label: w.leadNone }]}
            onChange={(event) => set('lead', event.currentTarget.value === NO_LEAD ? null : event.currentTarget.value)}
          />
          <Autocomplete size="xs" label={w.docType} data={DOCUMENT_TYPES} value={basis.type ?? ''} onChange={(value) => set('type', orNull(value))} autoComplete="off" />
          <TextInput size="xs" label={w.docNumber} placeholder={w.docNumberHint} value={basis.number ?? ''} onChange={(event) => set('number', orNull(event.currentTarget.value.replace(/\s/g, '')))} autoComplete="off" />
          <DateValueField size="xs" label={w.docDate} value={basis.date} onValue={(date) => set('date', date)} />
          <TextInput size="xs" className="plan-basis-wide" label={w.docIssuer} value={basis.issuer ?? ''} onChange={(event) => set('issuer', orNull(event.currentTarget.value))} autoComplete="off" />
          <Textarea size="xs" className="plan-basis-wide" label={w.docTitle} autosize minRows={1} maxRows={4} value={basis.title ?? ''} onChange={(event) => set('title', orNull(event.currentTarget.value))} />
          <div className="plan-basis-wide">
            <Button variant="subtle" size="compact-sm" leftSection={<IconWand size={14} aria-hidden="true" />} disabled={composed === basis.text} onClick={() => set('text', composed)}>
              {w.compose}
            </Button>
            {composed !== basis.text ? (
              <Text size="xs" c="dimmed" mt={2}>
                {composed}
              </Text>
            ) : null}
          </div>
        </div>
      ) : null}
    </li>
  );
});

function describeDocument(document: LegalDocument): string {
  return [document.docType, document.number ? `số ${document.number}` : null, document.issuedOn ? `ngày ${formatDate(document.issuedOn)}` : null].filter(Boolean).join(' ');
}

function LegalLibraryModal({ opened, onClose, onPick }: { opened: boolean; onClose: () => void; onPick: (document: LegalDocument) => void }) {
  const m = useMessages();
  const w = m.plans.editor.library;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  const library = useLegalDocuments(debounced, opened);
  const items = library.data?.items ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title={w.title} size="xl" closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {w.intro}
        </Text>
        <TextInput
          type="search"
          label={w.search}
          placeholder={w.searchPlaceholder}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={library.isFetching ? <Loader size="xs" aria-hidden="true" /> : undefined}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {library.isError ? <LoadError error={library.error} onRetry={() => void library.refetch()} /> : null}
        {library.data ? (
          <Text size="sm" c="dimmed" role="status">
            {items.length === 0 ? w.none : w.results(formatNumber(items.length), formatNumber(library.data.total))}
          </Text>
        ) : null}
        <ul className="plain-list plan-library">
          {items.map((document) => {
            const isAdded = added.has(document.id);
            const name = describeDocument(document);
            return (
              <li key={document.id} className="plan-library-item">
                <div className="plan-library-text">
                  <Text size="sm" fw={600}>
                    {name}
                  </Text>
                  {document.title ? <Text size="sm">{document.title}</Text> : null}
                  <Text size="xs" c="dimmed">
                    {[document.issuer, w.citedBy(formatNumber(document.citedBy))].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant={isAdded ? 'light' : 'default'}
                  color={isAdded ? 'teal' : undefined}
                  leftSection={isAdded ? <IconCheck size={14} aria-hidden="true" /> : <IconPlus size={14} aria-hidden="true" />}
                  aria-label={isAdded ? `${w.added}: ${name}` : w.addLabel(name)}
                  onClick={() => {
                    onPick(document);
                    setAdded((current) => new Set(current).add(document.id));
                  }}
                >
                  {isAdded ? w.added : w.add}
                </Button>
              </li>
            );
          })}
        </ul>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {m.app.close}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
