/**
 * The unit above at work on a submitted report: "Duyệt" (approve, which locks it) and
 * "Trả lại" (return, with the comment saying what to fix); "Mở lại" (reopen) for the
 * unit above or the issuer once a report is submitted or approved.
 */
import { Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { FormError } from '../../../components/form-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useApproveReport } from '../api/approve-report.ts';
import { useReopenReport } from '../api/reopen-report.ts';
import { useReturnReport } from '../api/return-report.ts';

type Review = 'approve' | 'return' | 'reopen';

export function canReopen(detail: ReportDetail): boolean {
  return detail.canManage && (detail.state === 'approved' || detail.state === 'submitted');
}

export function ReviewActions({ detail }: { detail: ReportDetail }) {
  const m = useMessages();
  const [review, setReview] = useState<Review | null>(null);
  const isReopenable = canReopen(detail);
  if (!detail.canReview && !isReopenable) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="report-review-title" className="report-review">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <div>
          <Text fw={700} id="report-review-title">
            {m.reports.reviewTitle}
          </Text>
          {detail.canReview ? (
            <Text size="sm" c="dimmed">
              {m.reports.reviewIntro(detail.unit.name)}
            </Text>
          ) : null}
        </div>
        <Group gap="sm">
          {detail.canReview ? (
            <>
              <Button color="teal.9" leftSection={<IconCheck size={18} aria-hidden="true" />} onClick={() => setReview('approve')}>
                {m.reports.approve}
              </Button>
              <Button color="orange" variant="light" leftSection={<IconArrowBackUp size={18} aria-hidden="true" />} onClick={() => setReview('return')}>
                {m.reports.returnAction}
              </Button>
            </>
          ) : null}
          {isReopenable ? (
            <Button variant="default" leftSection={<IconLockOpen size={18} aria-hidden="true" />} onClick={() => setReview('reopen')}>
              {m.reports.reopen}
            </Button>
          ) : null}
        </Group>
      </Group>
      {review ? <ReviewModal detail={detail} review={review} onClose={() => setReview(null)} /> : null}
    </Card>
  );
}

function ReviewModal({ detail, review, onClose }: { detail: ReportDetail; review: Review; onClose: () => void }) {
  const m = useMessages();
  const approve = useApproveReport(detail.id);
  const giveBack = useReturnReport(detail.id);
  const reopen = useReopenReport(detail.id);
  const mutation = review === 'approve' ? approve : review === 'return' ? giveBack : reopen;
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const isCommentRequired = review === 'return';

  const words = {
    approve: { title: m.reports.approveTitle, intro: m.reports.approveConfirm(detail.unit.name), confirm: m.reports.approve, done: m.reports.approvedToast, color: 'teal.9' },
    return: { title: m.reports.returnTitle, intro: m.reports.returnIntro(detail.unit.name), confirm: m.reports.returnAction, done: m.reports.returnedToast, color: 'orange' },
    reopen: { title: m.reports.reopenTitle, intro: m.reports.reopenIntro(detail.unit.name), confirm: m.reports.reopen, done: m.reports.reopenedToast, color: undefined },
  }[review];

  const confirm = () => {
    const text = comment.trim();
    if (isCommentRequired && text === '') {
      setCommentError(m.reports.returnCommentRequired);
      return;
    }
    const options = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: words.done, closeButtonProps: { 'aria-label': m.app.close } });
        onClose();
      },
    };
    if (review === 'return') giveBack.mutate({ version: detail.version, comment: text }, options);
    else if (review === 'approve') approve.mutate({ version: detail.version, comment: text || null }, options);
    else reopen.mutate({ version: detail.version, comment: text || null }, options);
  };

  return (
    <Modal opened onClose={onClose} title={words.title} centered closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="md">
        <FormError error={mutation.error} />
        <Text size="sm">{words.intro}</Text>
        <Textarea
          label={isCommentRequired ? m.reports.returnComment : m.reports.commentOptional}
          required={isCommentRequired}
          autosize
          minRows={3}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={commentError}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {m.app.cancel}
          </Button>
          <Button color={words.color} onClick={confirm} loading={mutation.isPending}>
            {words.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
