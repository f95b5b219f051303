import { useEffect, useRef, type ReactNode } from "react";

let firstPage = true;

/**
 * A page's one h1, which also names the browser tab. After moving to another page inside the app
 * the heading takes the focus, so a screen reader announces the new page as a full load would.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · DL Hub console`;
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
