import { useId, useState, type KeyboardEvent } from 'react';

/**
 * The keyboard and ARIA wiring of a combobox over a listbox of suggestions (the WAI-ARIA combobox
 * pattern): arrows move the active option, Enter picks it, Escape closes the list, focus stays in the input.
 */
export function useCombobox() {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const optionId = (index: number) => `${listId}-${index}`;

  /** Handles the key when the list shows `count` options; an unhandled key is left to the input. */
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, count: number, pick: (index: number) => void) => {
    if (count === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((option) => Math.min(option + 1, count - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((option) => Math.max(option - 1, 0));
    } else if (event.key === 'Enter') {
      // Picking is the Enter's whole effect: a row's own Enter handler sees the event as handled.
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  };

  /** What the input carries while `expanded` (the list shows at least one option). */
  const inputProps = (expanded: boolean) =>
    ({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-activedescendant': expanded ? optionId(active) : undefined,
      autoComplete: 'off',
    }) as const;

  const optionProps = (index: number, pick: (index: number) => void) =>
    ({
      id: optionId(index),
      role: 'option',
      'aria-selected': index === active,
      className: index === active ? 'active' : undefined,
      // Mouse down, not click: the input keeps focus, so its blur does not close the list first.
      onMouseDown: (event: { preventDefault: () => void }) => {
        event.preventDefault();
        pick(index);
      },
    }) as const;

  /** The typed text changed: the list opens on its first option. */
  const typed = () => {
    setActive(0);
    setOpen(true);
  };

  return { listId, open, setOpen, typed, onKeyDown, inputProps, optionProps };
}
