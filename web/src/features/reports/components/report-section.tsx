/** One part (phần) of the report, in the template's order: its numeric tables, questions and target tables. */
import { Stack } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { RollupTotals } from '../../../../../common/contracts/campaigns.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import type { ReportDefinition, ReportDraft } from '../hooks/use-report-draft.ts';
import { NumberTable } from './number-table.tsx';
import { blocksOf } from './report-fields.ts';
import { TargetTable } from './target-table.tsx';
import { TextQuestion } from './text-question.tsx';

interface ReportSectionProps {
  draft: ReportDraft;
  section: ReportDefinition['sections'][number];
  number: number;
  rollup: RollupTotals | null;
  isReadOnly: boolean;
}

export const ReportSection = memo(function ReportSection({ draft, section, number, rollup, isReadOnly }: ReportSectionProps) {
  const blocks = useMemo(() => blocksOf(section.items), [section]);
  return (
    <SectionCard id={`report-section-${section.code}`} title={`${number}. ${section.title}`} titleSize="h4">
      <Stack gap="lg">
        {blocks.map((block, index) => {
          switch (block.kind) {
            case 'numbers':
              return (
                <NumberTable
                  key={index}
                  draft={draft}
                  elements={block.elements}
                  disaggregation={block.disaggregation}
                  rollup={rollup}
                  isReadOnly={isReadOnly}
                  prefillLabels={draft.prefillLabels}
                />
              );
            case 'text':
              return <TextQuestion key={block.item.code} draft={draft} question={block.item} isReadOnly={isReadOnly} />;
            case 'targets':
              return <TargetTable key={block.item.code} draft={draft} code={block.item.code} label={block.item.label} targets={block.item.targets} isReadOnly={isReadOnly} />;
          }
        })}
      </Stack>
    </SectionCard>
  );
});
