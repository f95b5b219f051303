/** Earlier/later buttons for a list shown a page at a time, with where the page is. */
export function Pager({
  label,
  position,
  onFirst,
  onPrevious,
  onNext,
}: {
  label: string;
  position: string;
  onFirst?: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="secondary" onClick={onFirst} disabled={!onFirst}>
        First page
      </button>
      <button type="button" className="secondary" onClick={onPrevious} disabled={!onPrevious}>
        Previous page
      </button>
      <span className="position">{position}</span>
      <button type="button" className="secondary" onClick={onNext} disabled={!onNext}>
        Next page
      </button>
    </nav>
  );
}
