/**
 * /units/:id — one unit: where it sits (breadcrumb), what it is, whether it still
 * operates and who took over, its parents over time, the date check, the units below,
 * and — for an admin — the actions of the 2025 reform.
 */
import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown, IconGitMerge, IconPencil, IconPlus, IconPower } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { kindsBelow, useUnitKinds } from '../api/get-unit-kinds.ts';
import { useUnit } from '../api/get-unit.ts';
import { AncestorsAsOf } from './ancestors-as-of.tsx';
import { CloseUnitModal } from './close-unit-modal.tsx';
import { MergeUnitsModal } from './merge-units-modal.tsx';
import { MoveUnitModal } from './move-unit-modal.tsx';
import { ParentHistory } from './parent-history.tsx';
import { UnitChildren } from './unit-children.tsx';
import { UnitFormModal } from './unit-form-modal.tsx';
import { UnitStatusBadge } from './unit-status-badge.tsx';

type Dialog = 'create' | 'edit' | 'move' | 'close' | 'merge' | null;

export function UnitPage() {
  const m = useMessages();
  const params = useParams();
  const id = Number(params.id);
  const unit = useUnit(id);
  usePageTitle(unit.data?.name ?? m.units.title);

  if (unit.isPending) return <PageLoader />;
  if (unit.isError) {
    const isMissing = unit.error instanceof ApiError && (unit.error.status === 404 || unit.error.status === 400);
    return (
      <Stack>
        <PageHeader title={m.units.title} />
        {isMissing ? (
          <Alert color="gray" variant="light" title={m.units.notFound}>
            <Anchor component={Link} to="/units">
              {m.app.goHome}
            </Anchor>
          </Alert>
        ) : (
          <LoadError error={unit.error} onRetry={() => void unit.refetch()} />
        )}
      </Stack>
    );
  }
  return <UnitView unit={unit.data} key={unit.data.id} />;
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const m = useMessages();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const kinds = useUnitKinds();
  const closeDialog = () => setDialog(null);

  const canHaveChildren = kinds.data ? kindsBelow(kinds.data, unit.kindId).length > 0 : false;
  // The parent is hidden from someone whose reach starts at this unit: they may not restructure it.
  const canRestructure = unit.canManage && unit.parent !== null && unit.isOpen;
  const canAddChild = unit.canManageChildren && canHaveChildren;
  const canMerge = unit.canManage && unit.isOpen && canHaveChildren;
  const hasActions = unit.canManage || canAddChild;
  // A school has nothing below it: no empty "units below" box to puzzle over.
  const showChildren = unit.childCount > 0 || canHaveChildren || !kinds.data;

  const breadcrumb = (
    <nav aria-label={m.units.breadcrumb} className="breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6}>
        <Anchor component={Link} to="/units" size="sm">
          {m.units.title}
        </Anchor>
        {unit.ancestors.map((ancestor) => (
          <Anchor component={Link} to={`/units/${ancestor.id}`} size="sm" key={ancestor.id}>
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page" c="dimmed">
          {unit.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );

  const actions = hasActions ? (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" rightSection={<IconChevronDown size={16} aria-hidden="true" />}>
          {m.units.manage}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {canAddChild ? (
          <Menu.Item leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setDialog('create')}>
            {m.units.addChild}
          </Menu.Item>
        ) : null}
        {unit.canManage ? (
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => setDialog('edit')}>
            {m.units.edit}
          </Menu.Item>
        ) : null}
        {canRestructure ? (
          <Menu.Item leftSection={<IconArrowsExchange size={16} aria-hidden="true" />} onClick={() => setDialog('move')}>
            {m.units.move}
          </Menu.Item>
        ) : null}
        {canMerge ? (
          <Menu.Item leftSection={<IconGitMerge size={16} aria-hidden="true" />} onClick={() => setDialog('merge')}>
            {m.units.merge}
          </Menu.Item>
        ) : null}
        {canRestructure ? (
          <>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconPower size={16} aria-hidden="true" />} onClick={() => setDialog('close')}>
              {m.units.close}
            </Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  ) : null;

  return (
    <Stack gap="md">
      <PageHeader
        above={breadcrumb}
        title={unit.name}
        description={m.units.kindAndLevel(unit.kindName, unit.levelName)}
        actions={actions}
      />
      <Group gap="xs">
        <UnitStatusBadge isOpen={unit.isOpen} validTo={unit.validTo} size="md" />
        <Badge variant="light" color="gray" size="md" radius="sm" className="code-badge">
          {unit.code}
        </Badge>
      </Group>

      {!unit.isOpen ? (
        <Alert color="orange" variant="light" title={unit.validTo ? m.units.closedBanner(formatDate(unit.validTo)) : m.units.closed}>
          {unit.successor ? (
            <Text size="sm">
              {m.units.closedBannerSuccessor}{' '}
              <Anchor component={Link} to={`/units/${unit.successor.id}`} fw={600}>
                {unit.successor.name}
              </Anchor>
            </Text>
          ) : null}
        </Alert>
      ) : null}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="unit-details-title">
              <Title order={2} size="h4" id="unit-details-title" mb="sm">
                {m.units.details}
              </Title>
              <dl className="facts">
                <dt>{m.units.code}</dt>
                <dd className="mono">{unit.code}</dd>
                {unit.shortName ? (
                  <>
                    <dt>{m.units.shortName}</dt>
                    <dd>{unit.shortName}</dd>
                  </>
                ) : null}
                <dt>{m.units.kind}</dt>
                <dd>{unit.kindName}</dd>
                <dt>{m.units.level}</dt>
                <dd>{unit.levelName}</dd>
                <dt>{m.units.parent}</dt>
                <dd>
                  {unit.parent ? (
                    <Anchor component={Link} to={`/units/${unit.parent.id}`}>
                      {unit.parent.name}
                    </Anchor>
                  ) : (
                    m.app.none
                  )}
                </dd>
                <dt>{m.units.validity}</dt>
                <dd>
                  {unit.validFrom ? m.units.validFrom(formatDate(unit.validFrom)) : m.app.none}
                  {unit.validTo ? (
                    <>
                      <br />
                      {m.units.closedFrom(formatDate(unit.validTo))}
                    </>
                  ) : null}
                </dd>
                {unit.successor ? (
                  <>
                    <dt>{m.units.successor}</dt>
                    <dd>
                      <Anchor component={Link} to={`/units/${unit.successor.id}`}>
                        {unit.successor.name}
                      </Anchor>
                    </dd>
                  </>
                ) : null}
                {unit.predecessors.length > 0 ? (
                  <>
                    <dt>{m.units.predecessors}</dt>
                    <dd>
                      <Stack gap={2}>
                        {unit.predecessors.map((p) => (
                          <Anchor component={Link} to={`/units/${p.id}`} key={p.id}>
                            {p.name}
                          </Anchor>
                        ))}
                      </Stack>
                    </dd>
                  </>
                ) : null}
                {unit.address ? (
                  <>
                    <dt>{m.units.address}</dt>
                    <dd>{unit.address}</dd>
                  </>
                ) : null}
                {unit.email ? (
                  <>
                    <dt>{m.units.email}</dt>
                    <dd>
                      <Anchor href={`mailto:${unit.email}`}>{unit.email}</Anchor>
                    </dd>
                  </>
                ) : null}
                {unit.phone ? (
                  <>
                    <dt>{m.units.phone}</dt>
                    <dd>
                      <Anchor href={`tel:${unit.phone}`}>{unit.phone}</Anchor>
                    </dd>
                  </>
                ) : null}
              </dl>
            </Card>

          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="unit-history-title">
              <Title order={2} size="h4" id="unit-history-title">
                {m.units.parentHistory}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {m.units.parentHistoryIntro}
              </Text>
              <ParentHistory history={unit.parentHistory} closedOn={unit.validTo} />
            </Card>
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="unit-asof-title">
              <Title order={2} size="h4" id="unit-asof-title">
                {m.units.asOfTitle}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {m.units.asOfIntro}
              </Text>
              <AncestorsAsOf unitId={unit.id} unitName={unit.name} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      {showChildren ? (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="unit-children-title">
          <Group justify="space-between" mb="sm" gap="xs">
            <Title order={2} size="h4" id="unit-children-title">
              {m.units.children}
            </Title>
            {canAddChild ? (
              <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setDialog('create')}>
                {m.units.addChild}
              </Button>
            ) : null}
          </Group>
          <UnitChildren unitId={unit.id} openDescendantCount={unit.openDescendantCount} />
        </Card>
      ) : null}

      {dialog === 'create' ? (
        <UnitFormModal mode={{ kind: 'create', parent: unit }} opened onClose={closeDialog} onCreated={(created) => void navigate(`/units/${created.id}`)} />
      ) : null}
      {dialog === 'edit' ? <UnitFormModal mode={{ kind: 'edit', unit }} opened onClose={closeDialog} /> : null}
      {dialog === 'move' ? <MoveUnitModal unit={unit} opened onClose={closeDialog} /> : null}
      {dialog === 'close' ? <CloseUnitModal unit={unit} opened onClose={closeDialog} /> : null}
      {dialog === 'merge' ? <MergeUnitsModal unit={unit} opened onClose={closeDialog} /> : null}
    </Stack>
  );
}
