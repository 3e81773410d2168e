/**
 * A small drop-down for the header (the person's menu, the role switcher): a button
 * that shows and hides a list (the disclosure pattern). Written here rather than
 * with Mantine's Menu so the first download carries no positioning engine: the shell
 * must stay within the 200 KB budget for a slow connection.
 */
import { useClickOutside, useId } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DisclosureMenuProps {
  /** What the button shows. */
  trigger: ReactNode;
  /** The button's accessible name when its content is not enough. */
  label?: string;
  className?: string;
  panelClassName?: string;
  /** The items; call `close` after acting on one. */
  children: (close: () => void) => ReactNode;
}

export function DisclosureMenu({ trigger, label, className, panelClassName, children }: DisclosureMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useClickOutside<HTMLDivElement>(() => setIsOpen(false));

  const close = (returnFocus = true) => {
    setIsOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isOpen]);

  const focusItem = (offset: 1 | -1) => {
    const items = Array.from(root.current?.querySelectorAll<HTMLElement>('[data-menu-item]:not([disabled])') ?? []);
    if (items.length === 0) return;
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = index === -1 ? (offset === 1 ? 0 : items.length - 1) : (index + offset + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div className="disclosure" ref={root}>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={label}
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setIsOpen((open) => !open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setIsOpen(true);
            requestAnimationFrame(() => focusItem(1));
          }
        }}
      >
        {trigger}
      </button>
      <div
        id={id}
        className={`disclosure-panel ${panelClassName ?? ''}`}
        hidden={!isOpen}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            focusItem(event.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      >
        {isOpen ? children(() => close(false)) : null}
      </div>
    </div>
  );
}
