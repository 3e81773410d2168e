/**
 * One person, in a drawer beside the roster: the edit form, the history (each version of
 * the facts with its period), and what can happen to the record — end the person's time
 * in the unit, export everything stored about them, erase it. The drawer is named in the
 * address (?person=12, ?person=new) so Back closes it and a link reopens it.
 */
import { Alert, Badge, Button, Drawer, Group, Modal, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { IconDownload, IconLogout, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { RosterPersonDetail } from '../../../../../common/contracts/roster.ts';
import { formatDate, formatDateTime, todayInVietnam, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useEndRosterPerson } from '../api/end-roster-person.ts';
import { useEraseRosterPerson } from '../api/erase-roster-person.ts';
import { rosterPersonExportUrl } from '../api/export-roster-person.ts';
import { useRosterPerson } from '../api/get-roster-person.ts';
import { PersonForm } from './person-form.tsx';
import { birthText, ethnicGroupName, factsSummary } from './roster-words.ts';

function toast(color: string, message: string) {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show({ color, message }));
}

interface PersonDrawerProps {
  /** 'new', a person's id, or null (closed). */
  target: 'new' | number | null;
  onClose: () => void;
  onCreated: (person: RosterPersonDetail) => void;
}

export function PersonDrawer({ target, onClose, onCreated }: PersonDrawerProps) {
  const m = useMessages();
  const id = typeof target === 'number' ? target : null;
  const person = useRosterPerson(id);
  const title = target === 'new' ? m.roster.person.addTitle : person.data ? m.roster.person.editTitle(person.data.fullName) : m.app.loading;

  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Title order={2} size="h3" component="span">
          {title}
        </Title>
      }
      closeButtonProps={{ 'aria-label': m.app.close }}
      classNames={{ body: 'person-drawer-body' }}
    >
      {target === 'new' ? (
        <PersonForm key="new" person={null} onCancel={onClose} onDone={onCreated} />
      ) : person.isPending ? (
        <PageLoader minHeight={200} />
      ) : person.isError ? (
        <LoadError error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        <Stack gap="lg">
          <PersonFacts person={person.data} />
          {/* A new key after each save: the form starts from what the server now says. */}
          <PersonForm key={`${person.data.id}-${person.dataUpdatedAt}`} person={person.data} onCancel={onClose} onDone={() => undefined} />
          <PersonHistory person={person.data} />
          <PersonRecordActions person={person.data} onErased={onClose} />
        </Stack>
      )}
    </Drawer>
  );
}

function PersonFacts({ person }: { person: RosterPersonDetail }) {
  const m = useMessages();
  const w = m.roster;
  return (
    <Group gap="xs">
      <Badge variant="light" color={person.sex === 'female' ? 'grape' : 'blue'}>
        {w.sexes[person.sex]}
      </Badge>
      <Badge variant="light" color="gray">
        {birthText(person)}
      </Badge>
      {person.ethnicGroupCode ? (
        <Badge variant="light" color="gray">
          {ethnicGroupName(person.ethnicGroupCode)}
          {person.isEthnicMinority ? ` · ${w.person.ethnicMinority}` : ''}
        </Badge>
      ) : null}
      {person.endDate ? (
        <Badge variant="light" color="orange">
          {w.left(formatDate(person.endDate))}
        </Badge>
      ) : null}
    </Group>
  );
}

function PersonHistory({ person }: { person: RosterPersonDetail }) {
  const m = useMessages();
  const w = m.roster;
  const versions = [...person.versions].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return (
    <section aria-labelledby="person-history" className="person-section">
      <Title order={3} size="h5" id="person-history" mb={4}>
        {w.history.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {w.history.intro}
      </Text>
      {versions.length === 0 ? (
        <Text size="sm">{w.history.nothing}</Text>
      ) : (
        <Timeline active={0} bulletSize={14} lineWidth={2}>
          {versions.map((version) => {
            const facts = factsSummary(w, version);
            return (
              <Timeline.Item
                key={`${version.validFrom}-${version.recordedAt}`}
                title={
                  <Text fw={600} size="sm" component="span">
                    {version.validTo ? w.history.range(formatDate(version.validFrom), formatDate(version.validTo)) : w.history.since(formatDate(version.validFrom))}
                  </Text>
                }
              >
                <Text size="sm">{facts.length > 0 ? facts.join(' · ') : m.app.none}</Text>
                {version.endReason ? <Text size="sm">{w.history.endReason(version.endReason)}</Text> : null}
                <Text size="xs" c="dimmed">
                  {version.recordedByName ? w.history.recorded(formatDateTime(version.recordedAt), version.recordedByName) : w.history.recordedAt(formatDateTime(version.recordedAt))}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </section>
  );
}

function PersonRecordActions({ person, onErased }: { person: RosterPersonDetail; onErased: () => void }) {
  const m = useMessages();
  const w = m.roster;
  const [dialog, setDialog] = useState<'end' | 'erase' | null>(null);
  return (
    <section aria-labelledby="person-record" className="person-section">
      <Title order={3} size="h5" id="person-record" mb="sm">
        {m.app.moreActions}
      </Title>
      <Stack gap="md">
        {person.endDate ? null : (
          <div>
            <Button variant="default" leftSection={<IconLogout size={18} aria-hidden="true" />} onClick={() => setDialog('end')}>
              {w.end.action}
            </Button>
          </div>
        )}
        <Stack gap={4}>
          <div>
            <Button
              component="a"
              href={rosterPersonExportUrl(person.id)}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden="true" />}
              aria-describedby="export-hint"
              onClick={() => toast('teal', w.exportData.done)}
            >
              {w.exportData.action}
            </Button>
          </div>
          <Text size="sm" c="dimmed" id="export-hint">
            {w.exportData.hint}
          </Text>
        </Stack>
        <div className="danger-zone">
          <Stack gap="xs">
            <Text size="sm">{w.erase.whenToUse}</Text>
            <div>
              <Button color="red" variant="outline" leftSection={<IconTrash size={18} aria-hidden="true" />} onClick={() => setDialog('erase')}>
                {w.erase.action}
              </Button>
            </div>
          </Stack>
        </div>
      </Stack>
      <EndPersonModal person={person} opened={dialog === 'end'} onClose={() => setDialog(null)} />
      <ErasePersonModal
        person={person}
        opened={dialog === 'erase'}
        onClose={() => setDialog(null)}
        onErased={() => {
          setDialog(null);
          onErased();
        }}
      />
    </section>
  );
}

function EndPersonModal({ person, opened, onClose }: { person: RosterPersonDetail; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const w = m.roster;
  const end = useEndRosterPerson(person.id);
  const [endDate, setEndDate] = useState(formatDate(todayInVietnam()));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!parseVietnameseDate(endDate)) return setErrors({ endDate: m.validation.invalidDate });
    setErrors({});
    end.mutate(
      { endDate, reason: reason.trim() === '' ? null : reason },
      {
        onSuccess: () => {
          toast('teal', w.end.done(person.fullName));
          onClose();
        },
        onError: (error) => setErrors(serverFieldErrors(error, ['endDate', 'reason'])),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={w.end.title(person.fullName)} closeButtonProps={{ 'aria-label': m.app.close }} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={end.error} shownFields={['endDate', 'reason']} />
          <Text size="sm">{w.end.intro}</Text>
          <DateField label={w.end.endDate} description={w.end.endDateHint} required value={endDate} onChange={setEndDate} error={errors.endDate} data-autofocus />
          <TextInput label={w.end.reason} description={w.end.reasonHint} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={errors.reason} autoComplete="off" />
          <FormActions submitLabel={w.end.confirm} onCancel={onClose} isPending={end.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Erasure is final: the person must type the name, and is told that past figures stay true. */
function ErasePersonModal({ person, opened, onClose, onErased }: { person: RosterPersonDetail; opened: boolean; onClose: () => void; onErased: () => void }) {
  const m = useMessages();
  const w = m.roster;
  const erase = useEraseRosterPerson();
  const [typed, setTyped] = useState('');
  const matches = toSearchKey(typed) === toSearchKey(person.fullName);
  return (
    <Modal opened={opened} onClose={onClose} title={w.erase.title(person.fullName)} closeButtonProps={{ 'aria-label': m.app.close }} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!matches) return;
          erase.mutate(person.id, {
            onSuccess: () => {
              toast('teal', w.erase.done(person.fullName));
              onErased();
            },
          });
        }}
        noValidate
      >
        <Stack gap="sm">
          <FormError error={erase.error} />
          <Alert color="red" variant="light" title={w.erase.warning} icon={<IconTrash aria-hidden="true" />}>
            <Stack gap="xs">
              <Text size="sm">{w.erase.explain}</Text>
              <Text size="sm">{w.erase.whenToUse}</Text>
            </Stack>
          </Alert>
          <TextInput label={w.erase.typeName(person.fullName)} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} autoComplete="off" data-autofocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {m.app.cancel}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={erase.isPending}>
              {w.erase.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
