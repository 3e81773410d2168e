/**
 * /units/:id — one unit: where it sits (breadcrumb), what it is, whether it still
 * operates and who took over, its parents over time, the date check, the units below,
 * and — for an admin — the actions of the 2025 reform.
 */
import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Menu, Stack, Text, type AnchorProps } from '@mantine/core';
import { IconArrowsExchange, IconChevronDown, IconGitMerge, IconPencil, IconPlus, IconPower } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { Fact } from '../../../components/fact.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
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
              <UnitLink unit={unit.successor} fw={600} />
            </Text>
          ) : null}
        </Alert>
      ) : null}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <SectionCard id="unit-details-title" title={m.units.details} titleSize="h4">
              <dl className="facts">
                <Fact label={m.units.code} className="mono">
                  {unit.code}
                </Fact>
                {unit.shortName ? <Fact label={m.units.shortName}>{unit.shortName}</Fact> : null}
                <Fact label={m.units.kind}>{unit.kindName}</Fact>
                <Fact label={m.units.level}>{unit.levelName}</Fact>
                <Fact label={m.units.parent}>{unit.parent ? <UnitLink unit={unit.parent} /> : m.app.none}</Fact>
                <Fact label={m.units.validity}>
                  {unit.validFrom ? m.units.validFrom(formatDate(unit.validFrom)) : m.app.none}
                  {unit.validTo ? (
                    <>
                      <br />
                      {m.units.closedFrom(formatDate(unit.validTo))}
                    </>
                  ) : null}
                </Fact>
                {unit.successor ? (
                  <Fact label={m.units.successor}>
                    <UnitLink unit={unit.successor} />
                  </Fact>
                ) : null}
                {unit.predecessors.length > 0 ? (
                  <Fact label={m.units.predecessors}>
                    <Stack gap={2}>
                      {unit.predecessors.map((p) => (
                        <UnitLink unit={p} key={p.id} />
                      ))}
                    </Stack>
                  </Fact>
                ) : null}
                {unit.address ? <Fact label={m.units.address}>{unit.address}</Fact> : null}
                {unit.email ? (
                  <Fact label={m.units.email}>
                    <Anchor href={`mailto:${unit.email}`}>{unit.email}</Anchor>
                  </Fact>
                ) : null}
                {unit.phone ? (
                  <Fact label={m.units.phone}>
                    <Anchor href={`tel:${unit.phone}`}>{unit.phone}</Anchor>
                  </Fact>
                ) : null}
              </dl>
            </SectionCard>

          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <SectionCard id="unit-history-title" title={m.units.parentHistory} titleSize="h4" intro={m.units.parentHistoryIntro} gap="md">
              <ParentHistory history={unit.parentHistory} closedOn={unit.validTo} />
            </SectionCard>
            <SectionCard id="unit-asof-title" title={m.units.asOfTitle} titleSize="h4" intro={m.units.asOfIntro}>
              <AncestorsAsOf unitId={unit.id} unitName={unit.name} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>

      {showChildren ? (
        <SectionCard
          id="unit-children-title"
          title={m.units.children}
          titleSize="h4"
          actions={
            canAddChild ? (
              <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setDialog('create')}>
                {m.units.addChild}
              </Button>
            ) : null
          }
        >
          <UnitChildren unitId={unit.id} openDescendantCount={unit.openDescendantCount} />
        </SectionCard>
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

/** A link to another unit's page, by its name. */
function UnitLink({ unit, ...props }: { unit: { id: number; name: string } } & Pick<AnchorProps, 'fw'>) {
  return (
    <Anchor component={Link} to={`/units/${unit.id}`} {...props}>
      {unit.name}
    </Anchor>
  );
}
