/**
 * The plan's numbered outline as an editable tree: each section its number, title and the
 * part of the plan it is (Mục đích, yêu cầu; Nhiệm vụ; Tổ chức thực hiện…), its lines (a
 * task, a "Hình thức" or "Đối tượng" line, plain text) and its sub-sections; each can be
 * added, removed and moved among its siblings. A task's "who, with whom, when, how much"
 * sits in a row that opens under it, so the outline stays readable. Sections and lines are
 * memoised: typing in one line re-renders that line and the sections above it, nothing else.
 */
import { ActionIcon, Button, Group, NativeSelect, Text, Textarea, TagsInput, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconChevronRight, IconListDetails, IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { ITEM_KINDS, SECTION_ROLES, type ItemKind, type PlanItem, type PlanSection, type SectionRole } from '../../../../../common/plans/plan-document.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import type { PlanDispatch } from '../hooks/use-plan-draft.ts';
import { newItem, newSection, sectionAnchor, sectionPathOf, type DocPath } from './plan-edit.ts';

const orNull = (text: string) => (text === '' ? null : text);

interface SectionsEditorProps {
  sections: readonly PlanSection[];
  dispatch: PlanDispatch;
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

export const SectionsEditor = memo(function SectionsEditor({ sections, dispatch, collapsed, onToggle }: SectionsEditorProps) {
  const m = useMessages();
  const w = m.plans.editor;
  return (
    <div className="plan-sections">
      {sections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.noSections}
        </Text>
      ) : (
        sections.map((section, index) => (
          <SectionEditor
            key={index}
            section={section}
            sectionKey={String(index)}
            index={index}
            count={sections.length}
            depth={0}
            dispatch={dispatch}
            collapsed={collapsed}
            onToggle={onToggle}
          />
        ))
      )}
      <div>
        <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => dispatch({ type: 'insert', path: ['sections'], index: sections.length, value: newSection(sections, null) })}>
          {w.addSection}
        </Button>
      </div>
    </div>
  );
});

interface SectionEditorProps {
  section: PlanSection;
  /** "0.2": the third sub-section of the first section. */
  sectionKey: string;
  index: number;
  count: number;
  depth: number;
  dispatch: PlanDispatch;
  collapsed: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

const SectionEditor = memo(function SectionEditor({ section, sectionKey, index, count, depth, dispatch, collapsed, onToggle }: SectionEditorProps) {
  const m = useMessages();
  const w = m.plans.editor;
  const path = sectionPathOf(sectionKey);
  const listPath: DocPath = path.slice(0, -1);
  const anchor = sectionAnchor(sectionKey);
  const bodyId = `${anchor}-body`;
  const name = w.sectionName(section.label ?? '', section.title);
  const isCollapsed = collapsed.has(sectionKey);
  const set = (field: keyof PlanSection, value: unknown) => dispatch({ type: 'set', path: [...path, field], value });
  const headingOrder = Math.min(6, 3 + depth) as 3 | 4 | 5 | 6;
  const inTasks = section.role === 'tasks' || section.role === 'organisation';

  return (
    <section className="plan-section-edit" data-depth={depth} aria-labelledby={`${anchor}-title`}>
      <div className="plan-section-head">
        <ActionIcon
          variant="subtle"
          color="gray"
          className="plan-toggle"
          aria-expanded={!isCollapsed}
          aria-controls={bodyId}
          aria-label={isCollapsed ? w.expand(name) : w.collapse(name)}
          onClick={() => onToggle(sectionKey)}
        >
          <IconChevronRight size={18} aria-hidden="true" />
        </ActionIcon>
        <Title order={headingOrder} size="h5" id={`${anchor}-title`} className="plan-section-name" data-anchor={anchor}>
          {name}
        </Title>
        {section.items.length > 0 ? (
          <Text size="xs" c="dimmed" className="plan-section-count">
            {w.itemsCount(formatNumber(section.items.length))}
          </Text>
        ) : null}
        <MoveButtons what={name} index={index} count={count} onMove={(to) => dispatch({ type: 'move', path: listPath, from: index, to })} onRemove={() => dispatch({ type: 'remove', path: listPath, index })} />
      </div>

      <div id={bodyId} hidden={isCollapsed} className="plan-section-body">
        <div className="plan-section-fields">
          <TextInput className="plan-field-label" size="sm" label={w.sectionLabel} value={section.label ?? ''} onChange={(event) => set('label', orNull(event.currentTarget.value))} maxLength={20} autoComplete="off" />
          <TextInput className="plan-field-grow" size="sm" label={w.sectionTitle} value={section.title} onChange={(event) => set('title', event.currentTarget.value)} autoComplete="off" />
          <NativeSelect
            className="plan-field-role"
            size="sm"
            label={w.sectionRole}
            value={section.role}
            data={SECTION_ROLES.map((role) => ({ value: role, label: w.roles[role] }))}
            onChange={(event) => set('role', event.currentTarget.value as SectionRole)}
          />
        </div>
        {section.role === 'organisation' || (section.assignedKinds?.length ?? 0) > 0 ? (
          <TagsInput
            size="sm"
            mt="xs"
            label={w.assignedKinds}
            description={w.assignedKindsHint}
            value={section.assignedKinds ?? []}
            onChange={(kinds) => set('assignedKinds', kinds.map((kind) => kind.trim().toUpperCase()).filter(Boolean))}
            maw={520}
          />
        ) : null}

        {section.items.length > 0 ? (
          <ol className="plan-items" aria-label={name}>
            {section.items.map((item, itemIndex) => (
              <ItemRow key={itemIndex} item={item} sectionKey={sectionKey} sectionName={name} index={itemIndex} count={section.items.length} dispatch={dispatch} />
            ))}
          </ol>
        ) : (
          <Text size="sm" c="dimmed" mt="xs">
            {w.noItems}
          </Text>
        )}

        <Group gap="xs" mt="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => dispatch({ type: 'insert', path: [...path, 'items'], index: section.items.length, value: newItem(section.items, inTasks) })}
          >
            {w.addItem}
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => dispatch({ type: 'insert', path: [...path, 'sections'], index: section.sections.length, value: newSection(section.sections, section) })}
          >
            {w.addSubsection}
          </Button>
        </Group>

        {section.sections.length > 0 ? (
          <div className="plan-subsections">
            {section.sections.map((child, childIndex) => (
              <SectionEditor
                key={childIndex}
                section={child}
                sectionKey={`${sectionKey}.${childIndex}`}
                index={childIndex}
                count={section.sections.length}
                depth={depth + 1}
                dispatch={dispatch}
                collapsed={collapsed}
                onToggle={onToggle}
              />
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
});

interface ItemRowProps {
  item: PlanItem;
  sectionKey: string;
  sectionName: string;
  index: number;
  count: number;
  dispatch: PlanDispatch;
}

const TASK_FIELDS = ['responsible', 'coResponsible', 'timeframe', 'budget'] as const;

const ItemRow = memo(function ItemRow({ item, sectionKey, sectionName, index, count, dispatch }: ItemRowProps) {
  const m = useMessages();
  const w = m.plans.editor;
  const listPath: DocPath = [...sectionPathOf(sectionKey), 'items'];
  const path: DocPath = [...listPath, index];
  const what = w.itemOf(formatNumber(index + 1), sectionName);
  const hasDetails = TASK_FIELDS.some((field) => Boolean(item[field]));
  const [isOpen, setIsOpen] = useState(false);
  const detailsId = `${sectionAnchor(sectionKey)}-item-${index}-details`;
  const set = (field: keyof PlanItem, value: unknown) => dispatch({ type: 'set', path: [...path, field], value });
  const isTask = item.kind === 'task';
  const summary = isTask && hasDetails && !isOpen ? TASK_FIELDS.filter((field) => item[field]).map((field) => `${w[field]}: ${item[field]}`).join(' · ') : null;

  return (
    <li className="plan-item" data-kind={item.kind}>
      <div className="plan-item-main">
        <TextInput className="plan-item-label" size="xs" aria-label={`${w.itemLabel} — ${what}`} value={item.label ?? ''} onChange={(event) => set('label', orNull(event.currentTarget.value))} maxLength={20} autoComplete="off" />
        <NativeSelect
          className="plan-item-kind"
          size="xs"
          aria-label={`${w.itemKind} — ${what}`}
          value={item.kind}
          data={ITEM_KINDS.map((kind) => ({ value: kind, label: w.itemKinds[kind] }))}
          onChange={(event) => set('kind', event.currentTarget.value as ItemKind)}
        />
        <Textarea className="plan-item-text" size="sm" autosize minRows={1} maxRows={12} aria-label={`${w.itemText} — ${what}`} value={item.text} onChange={(event) => set('text', event.currentTarget.value)} />
        <div className="plan-row-actions">
          {isTask ? (
            <ActionIcon
              variant={hasDetails ? 'light' : 'subtle'}
              color={hasDetails ? 'brand' : 'gray'}
              aria-expanded={isOpen}
              aria-controls={detailsId}
              aria-label={w.detailsOf(`${w.taskDetails} — ${what}`)}
              title={w.taskDetails}
              onClick={() => setIsOpen((open) => !open)}
            >
              <IconListDetails size={16} aria-hidden="true" />
            </ActionIcon>
          ) : null}
          <MoveButtons what={what} index={index} count={count} onMove={(to) => dispatch({ type: 'move', path: listPath, from: index, to })} onRemove={() => dispatch({ type: 'remove', path: listPath, index })} />
        </div>
      </div>
      {summary ? (
        <Text size="xs" c="dimmed" className="plan-item-summary">
          {summary}
        </Text>
      ) : null}
      {isTask && isOpen ? (
        <div id={detailsId} className="plan-item-details">
          {TASK_FIELDS.map((field) => (
            <TextInput key={field} size="xs" label={w[field]} value={item[field] ?? ''} onChange={(event) => set(field, orNull(event.currentTarget.value))} autoComplete="off" />
          ))}
        </div>
      ) : null}
    </li>
  );
});

interface MoveButtonsProps {
  what: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** Up, down, remove — named with what they act on, so a screen reader hears "Chuyển lên: Dòng 2 của I. MỤC ĐÍCH". */
export function MoveButtons({ what, index, count, onMove, onRemove }: MoveButtonsProps) {
  const m = useMessages();
  const w = m.plans.editor;
  return (
    <Group gap={2} wrap="nowrap" className="plan-move-buttons">
      <ActionIcon variant="subtle" color="gray" aria-label={w.moveUp(what)} title={w.moveUp(what)} disabled={index === 0} onClick={() => onMove(index - 1)}>
        <IconArrowUp size={16} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon variant="subtle" color="gray" aria-label={w.moveDown(what)} title={w.moveDown(what)} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        <IconArrowDown size={16} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={w.remove(what)} title={w.remove(what)} onClick={onRemove}>
        <IconTrash size={16} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
