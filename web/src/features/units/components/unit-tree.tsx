/**
 * The hierarchy as a WAI-ARIA tree that opens level by level: a level is fetched
 * when its parent is opened, never before. Keyboard: ↑/↓ move, → opens or enters,
 * ← closes or goes to the parent, Home/End, Enter opens the unit's page, a letter
 * jumps to the next unit starting with it. One item is in the tab order (roving tabindex).
 */
import { Badge, Loader, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { UnitSummary } from '../../../../../common/contracts/units.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { toSearchKey } from '../../../../../common/text/vietnamese.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useUnitChildren } from '../api/get-unit-children.ts';
import { useExpandedUnits } from '../hooks/use-expanded-units.ts';
import { UnitStatusBadge } from './unit-status-badge.tsx';

interface UnitTreeProps {
  roots: UnitSummary[];
  includeClosed: boolean;
  onOpenUnit: (unit: UnitSummary) => void;
  /** Where the open nodes are remembered (one tree per active role). */
  storageKey: string;
}

interface TreeContext {
  includeClosed: boolean;
  expanded: Set<number>;
  toggle: (id: number, open?: boolean) => void;
  focusedId: number | null;
  setFocusedId: (id: number) => void;
  onOpenUnit: (unit: UnitSummary) => void;
  register: (id: number, unit: UnitSummary) => void;
}

export function UnitTree({ roots, includeClosed, onOpenUnit, storageKey }: UnitTreeProps) {
  const m = useMessages();
  const treeRef = useRef<HTMLUListElement>(null);
  const { expanded, toggle } = useExpandedUnits(storageKey, roots.map((r) => r.id));
  const [focusedId, setFocusedId] = useState<number | null>(roots[0]?.id ?? null);
  const units = useRef(new Map<number, UnitSummary>());
  const register = useCallback((id: number, unit: UnitSummary) => units.current.set(id, unit), []);

  const items = () => Array.from(treeRef.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? []);
  const focusItem = (element: HTMLElement | undefined) => {
    if (!element) return;
    setFocusedId(Number(element.dataset.unitId));
    element.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = items();
    const index = all.indexOf(current);
    const id = Number(current.dataset.unitId);
    const isExpandable = current.getAttribute('aria-expanded') !== null;
    const isExpanded = current.getAttribute('aria-expanded') === 'true';
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusItem(all[index + 1]);
        break;
      case 'ArrowUp':
        focusItem(all[index - 1]);
        break;
      case 'Home':
        focusItem(all[0]);
        break;
      case 'End':
        focusItem(all[all.length - 1]);
        break;
      case 'ArrowRight':
        if (isExpandable && !isExpanded) toggle(id, true);
        else if (isExpanded) {
          const next = all[index + 1];
          if (next && next.dataset.parentId === String(id)) focusItem(next);
        }
        break;
      case 'ArrowLeft':
        if (isExpanded) toggle(id, false);
        else focusItem(all.find((item) => item.dataset.unitId === current.dataset.parentId));
        break;
      case 'Enter': {
        const unit = units.current.get(id);
        if (unit) onOpenUnit(unit);
        break;
      }
      case ' ':
        if (isExpandable) toggle(id);
        break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = toSearchKey(event.key);
          const ordered = [...all.slice(index + 1), ...all.slice(0, index)];
          focusItem(ordered.find((item) => toSearchKey(item.dataset.name ?? '').replace(/^(truong|ubnd|so|phong|trung tam)\s+/, '').startsWith(letter)));
        } else handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const context: TreeContext = { includeClosed, expanded, toggle, focusedId, setFocusedId, onOpenUnit, register };
  return (
    <div className="unit-tree">
      <Text id="unit-tree-help" size="xs" c="dimmed" mb="xs" className="unit-tree-help">
        {m.units.treeHelp}
      </Text>
      <ul role="tree" aria-label={m.units.treeLabel} aria-describedby="unit-tree-help" ref={treeRef} onKeyDown={onKeyDown} className="tree-list">
        {roots.map((unit, i) => (
          <TreeNode key={unit.id} unit={unit} level={1} position={i + 1} setSize={roots.length} parentId={null} context={context} />
        ))}
      </ul>
    </div>
  );
}

interface TreeNodeProps {
  unit: UnitSummary;
  level: number;
  position: number;
  setSize: number;
  parentId: number | null;
  context: TreeContext;
}

function TreeNode({ unit, level, position, setSize, parentId, context }: TreeNodeProps) {
  const m = useMessages();
  context.register(unit.id, unit);
  const hasChildren = unit.childCount > 0 || context.includeClosed;
  const isExpanded = hasChildren && context.expanded.has(unit.id);
  const children = useUnitChildren(unit.id, context.includeClosed, isExpanded);
  const kids = children.data ?? [];
  // With closed units shown a unit may turn out to have none at all: then it is a leaf.
  const isLeaf = !hasChildren || (children.isSuccess && kids.length === 0 && unit.childCount === 0);

  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-expanded={isLeaf ? undefined : isExpanded}
      aria-busy={isExpanded && children.isPending ? true : undefined}
      tabIndex={context.focusedId === unit.id ? 0 : -1}
      aria-labelledby={`unit-tree-label-${unit.id}`}
      data-unit-id={unit.id}
      data-parent-id={parentId ?? ''}
      data-name={unit.name}
      className="tree-item"
      data-closed={unit.isOpen ? undefined : 'true'}
      onFocus={(event) => {
        if (event.target === event.currentTarget) context.setFocusedId(unit.id);
      }}
    >
      <div
        className="tree-row"
        style={{ paddingInlineStart: `calc(${level - 1} * var(--tree-indent))` }}
        onClick={(event) => {
          event.stopPropagation();
          context.setFocusedId(unit.id);
          context.onOpenUnit(unit);
        }}
      >
        <span
          className="tree-toggle"
          aria-hidden="true"
          data-expanded={isExpanded ? 'true' : undefined}
          title={isLeaf ? undefined : isExpanded ? m.units.collapse : m.units.expand}
          onClick={(event) => {
            event.stopPropagation();
            if (isLeaf) return context.onOpenUnit(unit);
            context.setFocusedId(unit.id);
            context.toggle(unit.id);
          }}
        >
          {isLeaf ? null : <IconChevronRight size={18} />}
        </span>
        <span className="tree-label" id={`unit-tree-label-${unit.id}`}>
          <span className="tree-name">{unit.name}</span>
          <span className="tree-meta">
            {unit.childCount > 0 ? (
              <Badge variant="light" color="gray" size="sm" radius="sm" className="tree-count">
                {m.units.childCount(formatNumber(unit.childCount))}
              </Badge>
            ) : null}
            <UnitStatusBadge isOpen={unit.isOpen} validTo={unit.validTo} closedOnly size="sm" />
          </span>
        </span>
      </div>
      {isExpanded ? (
        <>
          {children.isPending ? (
            <div className="tree-status" role="status" style={{ paddingInlineStart: `calc(${level} * var(--tree-indent) + 8px)` }}>
              <Loader size="xs" aria-hidden="true" /> <Text span size="sm" c="dimmed">{m.units.loadingChildren}</Text>
            </div>
          ) : null}
          {children.isError ? (
            <div className="tree-status" role="alert" style={{ paddingInlineStart: `calc(${level} * var(--tree-indent) + 8px)` }}>
              <Text span size="sm" c="red.8">
                {m.units.childrenError}{' '}
              </Text>
              {/* Not a button: a treeitem may hold no control. Closing and reopening the item retries too. */}
              <span
                className="link-button"
                onClick={(event) => {
                  event.stopPropagation();
                  void children.refetch();
                }}
              >
                {m.app.retry}
              </span>
            </div>
          ) : null}
          {children.isSuccess && kids.length === 0 ? (
            <div className="tree-status" style={{ paddingInlineStart: `calc(${level} * var(--tree-indent) + 8px)` }}>
              <Text span size="sm" c="dimmed">
                {m.units.noChildren}
              </Text>
            </div>
          ) : null}
          {kids.length > 0 ? (
            <ul role="group" className="tree-list">
              {kids.map((child, i) => (
                <TreeNode key={child.id} unit={child} level={level + 1} position={i + 1} setSize={kids.length} parentId={unit.id} context={context} />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
