/**
 * An issued plan's published link ("Đường link công bố trên trang thông tin điện tử") and
 * its signed, stamped scan ("Bản ký, đóng dấu (PDF)"): what a plan request asks each unit
 * for. Editable by the unit's own drafters (`can.attach`); everyone who reads the plan sees them.
 */
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconExternalLink, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { planLinkBody, type PlanDetail } from '../../../../../common/contracts/plans.ts';
import { FormError } from '../../../components/form-error.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { planScanUrl, useUploadPlanScan } from '../api/plan-scan.ts';
import { useSetPlanLink } from '../api/set-plan-link.ts';

export function PlanAttachments({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans.attach;
  const setLink = useSetPlanLink(plan.id);
  const upload = useUploadPlanScan(plan.id);
  const [link, setLinkText] = useState(plan.linkUrl ?? '');
  const [linkError, setLinkError] = useState<string | undefined>();
  const [typeError, setTypeError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const canAttach = plan.can.attach;
  const toast = (message: string) => notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': m.app.close } });

  const saveLink = (event: React.FormEvent) => {
    event.preventDefault();
    const errors = contractErrors(planLinkBody, { linkUrl: link });
    setLinkError(errors.linkUrl);
    if (errors.linkUrl) return;
    setLink.mutate({ linkUrl: link.trim() }, { onSuccess: () => toast(w.linkSaved), onError: (error) => setLinkError(serverFieldErrors(error, ['linkUrl']).linkUrl) });
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') {
      setTypeError(w.scanWrongType);
      return;
    }
    setTypeError(null);
    upload.mutate(file, { onSuccess: () => toast(w.scanUploaded) });
  };

  return (
    <SectionCard id="plan-attachments" title={w.title} titleSize="h4" intro={w.intro}>
      <Stack gap="md">
        {canAttach ? (
          <form onSubmit={saveLink} noValidate>
            <Stack gap="xs">
              <TextInput
                type="url"
                label={w.link}
                description={w.linkHint}
                placeholder="https://"
                value={link}
                onChange={(event) => setLinkText(event.currentTarget.value)}
                error={linkError}
                autoComplete="off"
              />
              <Group gap="sm">
                <Button type="submit" variant="light" size="sm" loading={setLink.isPending} disabled={link.trim() === (plan.linkUrl ?? '')}>
                  {w.saveLink}
                </Button>
                {plan.linkUrl ? <PublishedLink url={plan.linkUrl} /> : null}
              </Group>
            </Stack>
          </form>
        ) : (
          <div>
            <Text size="sm" fw={500}>
              {w.link}
            </Text>
            {plan.linkUrl ? <PublishedLink url={plan.linkUrl} /> : <Text size="sm" c="dimmed">{w.noLink}</Text>}
          </div>
        )}

        <Stack gap="xs">
          <Text size="sm" fw={500} id="plan-scan-label">
            {w.scan}
          </Text>
          {plan.hasScan ? null : (
            <Text size="sm" c="dimmed">
              {w.noScan}
            </Text>
          )}
          <Group gap="sm">
            {plan.hasScan ? (
              <Button component="a" href={planScanUrl(plan.id)} download variant="default" size="sm" leftSection={<IconDownload size={16} aria-hidden="true" />}>
                {w.downloadScan}
              </Button>
            ) : null}
            {canAttach ? (
              <Button variant="light" size="sm" leftSection={<IconUpload size={16} aria-hidden="true" />} loading={upload.isPending} onClick={() => input.current?.click()} aria-describedby="plan-scan-hint">
                {plan.hasScan ? w.replaceScan : w.uploadScan}
              </Button>
            ) : null}
          </Group>
          {canAttach ? (
            <>
              <Text size="xs" c="dimmed" id="plan-scan-hint">
                {w.scanHint}
              </Text>
              <input
                ref={input}
                type="file"
                accept=".pdf,application/pdf"
                className="visually-hidden"
                tabIndex={-1}
                aria-hidden="true"
                data-testid="plan-scan-input"
                onChange={(event) => {
                  onFile(event.currentTarget.files?.[0]);
                  event.currentTarget.value = '';
                }}
              />
            </>
          ) : null}
          {typeError ? (
            <Text size="sm" c="red.8" role="alert">
              {typeError}
            </Text>
          ) : null}
          <FormError error={upload.error} />
        </Stack>
      </Stack>
    </SectionCard>
  );
}

function PublishedLink({ url }: { url: string }) {
  const m = useMessages();
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" className="plan-link">
      <IconExternalLink size={14} aria-hidden="true" /> {m.plans.attach.openLink}
      <span className="visually-hidden"> {m.nav.opensInNewTab}</span>
    </Anchor>
  );
}
