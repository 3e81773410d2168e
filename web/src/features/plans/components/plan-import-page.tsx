/**
 * /plans/import — a plan the unit already has, from its Word file (dropped or chosen) or
 * from text pasted in the box. Pasted text is checked for the old TCVN3 / VNI encodings
 * before it is sent (common/text/legacy-encoding.ts, the same check the server makes), and
 * what the server refuses is said as it says it. What it read opens for review in the
 * editor, the importer's doubts listed on top ("Cần kiểm tra"); "Lưu dự thảo" saves it.
 */
import { Alert, Anchor, Button, Group, List, Loader, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconFileText, IconFileWord, IconRefresh, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { PlanImportPreview } from '../../../../../common/contracts/plans.ts';
import { detectLegacyVietnameseEncoding, type LegacyVietnameseEncoding } from '../../../../../common/text/legacy-encoding.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useImportPlanFile } from '../api/import-plan-file.ts';
import { useImportPlanText } from '../api/import-plan-text.ts';
import { PlansBreadcrumb } from './plan-page.tsx';
import { countItems } from './plan-edit.ts';
import { canDraftPlans, legacyAdvice } from './plan-words.ts';
import { UnsavedPlanEditor } from './unsaved-plan-editor.tsx';
import './plans.css';

const ACCEPTED = /\.(docx|txt)$/i;

type Mode = 'file' | 'text';

export function PlanImportPage() {
  const m = useMessages();
  const w = m.plans.import;
  usePageTitle(w.title);
  const role = useActiveRole();
  const readFile = useImportPlanFile();
  const readText = useImportPlanText();
  const [mode, setMode] = useState<Mode>('file');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [legacy, setLegacy] = useState<LegacyVietnameseEncoding | null>(null);
  const [typeError, setTypeError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [reviewKey, setReviewKey] = useState(0);

  const accept = (result: PlanImportPreview) => {
    setPreview(result);
    setReviewKey((key) => key + 1);
    requestAnimationFrame(() => document.getElementById('plan-import-review')?.scrollIntoView({ block: 'start' }));
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    readText.reset();
    if (!ACCEPTED.test(file.name)) {
      readFile.reset();
      setTypeError(w.wrongType);
      return;
    }
    setTypeError(null);
    setFileName(file.name);
    readFile.mutate(file, { onSuccess: accept });
  };

  const onReadText = () => {
    readFile.reset();
    if (text.trim() === '') {
      setTextError(w.pasteEmpty);
      return;
    }
    setTextError(null);
    const encoding = detectLegacyVietnameseEncoding(text);
    setLegacy(encoding);
    if (encoding) return;
    readText.mutate(text, { onSuccess: accept });
  };

  const startOver = () => {
    setPreview(null);
    readFile.reset();
    readText.reset();
    setFileName(null);
    setLegacy(null);
    window.scrollTo(0, 0);
  };

  if (!canDraftPlans(role?.role)) {
    return (
      <Stack gap="md">
        <PageHeader above={<PlansBreadcrumb current={w.title} />} title={w.title} />
        <Alert color="orange" variant="light">
          {m.plans.notAllowedDraft}{' '}
          <Anchor component={Link} to="/plans">
            {m.plans.backToList}
          </Anchor>
        </Alert>
      </Stack>
    );
  }

  const failure = readFile.error ?? readText.error;
  const isBusy = readFile.isPending || readText.isPending;

  return (
    <Stack gap="md">
      <PageHeader above={<PlansBreadcrumb current={w.title} />} title={w.title} description={w.intro} />

      {preview === null ? (
        <SectionCard id="plan-import-source" title={w.step1} titleSize="h3">
          <Stack gap="md">
            <SegmentedControl
              aria-label={w.modeLabel}
              value={mode}
              onChange={(value) => setMode(value as Mode)}
              data={[
                { value: 'file', label: w.modeFile },
                { value: 'text', label: w.modeText },
              ]}
              maw={420}
            />
            {mode === 'file' ? (
              <DropZone onFile={onFile} isBusy={readFile.isPending} />
            ) : (
              <Stack gap="sm">
                <Textarea
                  label={w.pasteLabel}
                  description={w.pasteHint}
                  placeholder={w.pastePlaceholder}
                  autosize
                  minRows={10}
                  maxRows={24}
                  value={text}
                  onChange={(event) => {
                    setText(event.currentTarget.value);
                    setLegacy(null);
                  }}
                  error={textError}
                  spellCheck={false}
                  data-testid="plan-import-text"
                />
                <div>
                  <Button leftSection={<IconFileText size={18} aria-hidden="true" />} onClick={onReadText} loading={readText.isPending}>
                    {w.readText}
                  </Button>
                </div>
              </Stack>
            )}
            {typeError ? (
              <Alert color="red" variant="light" role="alert">
                {typeError}
              </Alert>
            ) : null}
            {legacy ? <LegacyWarning encoding={legacy} /> : null}
            {isBusy ? (
              <Group gap="xs" role="status">
                <Loader size="xs" aria-hidden="true" />
                <Text size="sm">{readFile.isPending ? w.reading(fileName ?? '') : w.readingText}</Text>
              </Group>
            ) : null}
            {failure ? <Rejected error={failure} /> : null}
          </Stack>
        </SectionCard>
      ) : (
        <section id="plan-import-review" aria-labelledby="plan-import-review-title" className="plan-import-review">
          <Stack gap="md">
            <div>
              <Text component="h2" fw={700} fz="h3" id="plan-import-review-title">
                {w.reviewTitle}
              </Text>
              <Text size="sm" c="dimmed">
                {w.reviewIntro(preview.fileName ? w.fromFile(preview.fileName) : w.fromText)}{' '}
                {w.summary(
                  formatNumber(preview.content.legalBases.length),
                  formatNumber(countSections(preview.content.sections)),
                  formatNumber(countItems(preview.content.sections, 'task')),
                  formatNumber(preview.content.targets.length),
                  formatNumber(preview.content.reportingDeadlines.length),
                )}
              </Text>
            </div>
            <UnsavedPlanEditor
              key={reviewKey}
              initial={preview.content}
              source="import"
              sourceFileName={preview.fileName}
              savedMessage={w.saved}
              top={<ImportWarnings preview={preview} />}
              actions={
                <Button variant="subtle" leftSection={<IconRefresh size={18} aria-hidden="true" />} onClick={startOver}>
                  {w.startOver}
                </Button>
              }
            />
          </Stack>
        </section>
      )}
    </Stack>
  );
}

function countSections(sections: PlanImportPreview['content']['sections']): number {
  return sections.reduce((sum, section) => sum + 1 + countSections(section.sections), 0);
}

function ImportWarnings({ preview }: { preview: PlanImportPreview }) {
  const m = useMessages();
  const w = m.plans.import;
  if (preview.warnings.length === 0) {
    return (
      <Alert color="teal" variant="light">
        {w.noWarnings}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} title={w.warningsTitle(formatNumber(preview.warnings.length))} data-testid="plan-import-warnings">
      <Text size="sm" mb="xs">
        {w.warningsIntro}
      </Text>
      <List size="sm" spacing={4}>
        {preview.warnings.map((warning, i) => (
          <List.Item key={i}>
            {warning.paragraph !== null ? <strong>{w.paragraph(formatNumber(warning.paragraph))}: </strong> : null}
            {warning.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function LegacyWarning({ encoding }: { encoding: LegacyVietnameseEncoding }) {
  const m = useMessages();
  const advice = legacyAdvice(m.plans, encoding);
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} title={advice.title}>
      {advice.body}
    </Alert>
  );
}

function Rejected({ error }: { error: unknown }) {
  const m = useMessages();
  const describe = useDescribeError();
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} title={m.plans.import.rejectedTitle} data-testid="plan-import-rejected">
      {describe(error)}
    </Alert>
  );
}

function DropZone({ onFile, isBusy }: { onFile: (file: File | undefined) => void; isBusy: boolean }) {
  const m = useMessages();
  const w = m.plans.import;
  const input = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    onFile(event.dataTransfer.files[0]);
  };
  return (
    <div
      className="dropzone"
      data-over={isOver ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      <IconFileWord size={36} aria-hidden="true" className="dropzone-icon" />
      <Text fw={500}>{isOver ? w.dropzoneActive : w.dropzone}</Text>
      <Text size="sm" c="dimmed">
        {w.or}
      </Text>
      <Button onClick={() => input.current?.click()} loading={isBusy} leftSection={<IconUpload size={18} aria-hidden="true" />}>
        {w.chooseFile}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="plan-file-input"
        onChange={(event) => {
          onFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <Text size="xs" c="dimmed">
        {w.fileHint}
      </Text>
    </div>
  );
}
