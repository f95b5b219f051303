import { useEffect, useRef } from "react";

/**
 * Moves the focus to a side panel's heading when the person opened it (from the map or the
 * table), so a keyboard or screen-reader user lands on what they chose; a panel opened by loading
 * a shared link leaves the focus where the page put it.
 */
export function usePanelFocus(key: string, openedByPerson: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (openedByPerson) heading.current?.focus();
  }, [key, openedByPerson]);
  return heading;
}
