/**
 * Working without a connection: download the report as an Excel form, fill it in offline,
 * bring it back. The file replaces the report's content once the person confirms; a file
 * with mistakes writes nothing and says which row and column are wrong.
 */
import { Alert, Button, FileButton, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { reportFormFileUrl } from '../api/report-form-file.ts';
import type { OfflineImport } from '../hooks/use-offline-import.ts';

/** "Tải biểu mẫu Excel" and, when the report can be edited, "Nhập từ tệp Excel" — for the page header. */
export function OfflineFormButtons({ detail, onPick }: { detail: ReportDetail; onPick: (file: File) => void }) {
  const m = useMessages();
  return (
    <>
      <Button component="a" href={reportFormFileUrl(detail.id)} download variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}>
        {m.reports.offlineDownload}
      </Button>
      {detail.canEdit ? (
        <FileButton onChange={(file) => (file ? onPick(file) : undefined)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={18} aria-hidden="true" />}>
              {m.reports.offlineUpload}
            </Button>
          )}
        </FileButton>
      ) : null}
    </>
  );
}

/** How an import went: the confirmation, progress, and the file's errors by row and column. */
export function OfflineImportFeedback({ offline }: { offline: OfflineImport }) {
  const m = useMessages();
  const describe = useDescribeError();
  const { upload, file, typeError } = offline;
  const details = upload.error instanceof ApiError ? upload.error.details : [];
  return (
    <>
      {typeError ? (
        <Alert color="red" variant="light" role="alert">
          {typeError}
        </Alert>
      ) : null}
      {upload.isPending ? (
        <Text size="sm" role="status">
          {m.reports.offlineUploading(upload.variables?.name ?? '')}
        </Text>
      ) : null}
      {upload.isError ? (
        <Alert color="red" variant="light" role="alert" title={details.length > 0 ? m.reports.offlineErrorsTitle : m.errors.title} className="report-import-errors">
          <Text size="sm">{describe(upload.error)}</Text>
          {details.length > 0 ? (
            <Table verticalSpacing={4} mt="xs" data-testid="report-import-errors" className="error-table responsive-table">
              <TableHead columns={[m.reports.offlineRow, m.reports.offlineColumn, m.reports.offlineMessage]} />
              <Table.Tbody>
                {details.map((detail, index) => (
                  <Table.Tr key={index}>
                    <Table.Td data-label={m.reports.offlineRow}>{detail.row ? formatNumber(detail.row) : m.app.none}</Table.Td>
                    <Table.Td data-label={m.reports.offlineColumn}>{detail.column ?? detail.field ?? m.app.none}</Table.Td>
                    <Table.Td data-label={m.reports.offlineMessage}>{detail.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Alert>
      ) : null}
      <ConfirmModal
        opened={file !== null}
        title={m.reports.offlineConfirmTitle}
        confirmLabel={m.reports.offlineUpload}
        isPending={upload.isPending}
        onConfirm={() => void offline.send()}
        onClose={offline.cancel}
      >
        {m.reports.offlineConfirm(file?.name ?? '')}
      </ConfirmModal>
    </>
  );
}
