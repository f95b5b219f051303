import { useState } from "react";

/**
 * Several choices out of a fixed list, as checkboxes in a fieldset (a native multi-select is hard
 * to use by keyboard). Shown folded, with how many are chosen, so the filters fit on one screen.
 */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: [T, string][];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  // Open at first when something is chosen; after that the person opens and closes it.
  const [openAtFirst] = useState(chosen.length > 0);
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((c) => c !== value));
  return (
    <details className="choice-group" open={openAtFirst}>
      <summary>
        {legend}
        {chosen.length > 0 && <span className="count"> ({chosen.length} chosen)</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map(([value, label]) => (
          <label key={value} className="choice">
            <input type="checkbox" checked={chosen.includes(value)} onChange={(event) => toggle(value, event.target.checked)} />
            {label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
