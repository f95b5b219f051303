/** One sample line: `name{labels} value`. */
export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A metric family: its `# TYPE`, `# HELP` and every sample that belongs to it. */
export interface PrometheusFamily {
  name: string;
  type: "counter" | "gauge" | "histogram" | "summary" | "untyped";
  help: string;
  samples: PrometheusSample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = ["counter", "gauge", "histogram", "summary", "untyped"];
/** What a histogram's or summary's samples add to the family name. */
const SUFFIXES: Record<string, string[]> = { histogram: ["_bucket", "_sum", "_count"], summary: ["", "_sum", "_count"] };

/**
 * Parses Prometheus's text exposition format (0.0.4) strictly: every family declares its TYPE
 * and HELP once and before its samples, every sample belongs to the family just declared, label
 * values are properly quoted and escaped, every value is a number, and each histogram's buckets
 * rise to a `+Inf` bucket equal to its count. Any deviation throws, naming the line.
 */
export function parsePrometheusText(text: string): Map<string, PrometheusFamily> {
  const families = new Map<string, PrometheusFamily>();
  let current: PrometheusFamily | undefined;
  const lines = text.split("\n");
  if (lines.pop() !== "") throw new Error("the text must end with a newline");
  lines.forEach((line, index) => {
    const fail: (why: string) => never = (why) => {
      throw new Error(`line ${index + 1} (${JSON.stringify(line)}): ${why}`);
    };
    if (line === "") return;
    const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (comment) {
      const [, kind, name, rest] = comment;
      if (!METRIC_NAME.test(name)) fail("invalid metric name");
      let family = families.get(name);
      if (!family) {
        if (current?.name === name) family = current;
        else {
          family = { name, type: "untyped", help: "", samples: [] };
          families.set(name, family);
        }
      }
      if (family.samples.length > 0) fail(`${kind} after the family's samples`);
      if (kind === "TYPE") {
        if (!TYPES.includes(rest)) fail(`unknown type ${rest}`);
        family.type = rest as PrometheusFamily["type"];
      } else family.help = rest;
      current = family;
      return;
    }
    if (line.startsWith("#")) return;
    const sample = parseSample(line, fail);
    if (!current || !belongsTo(sample.name, current)) fail(`sample ${sample.name} outside its family's TYPE`);
    current.samples.push(sample);
  });
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

function parseSample(line: string, fail: (why: string) => never): PrometheusSample {
  const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: (-?\d+))?$/.exec(line);
  if (!match) fail("not a sample line");
  const [, name, labelText, valueText] = match as RegExpExecArray;
  return { name, labels: labelText === undefined ? {} : parseLabels(labelText, fail), value: parseValue(valueText, fail) };
}

function parseLabels(text: string, fail: (why: string) => never): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/.exec(rest);
    if (!match || !LABEL_NAME.test(match[1])) fail(`malformed labels at ${JSON.stringify(rest)}`);
    const [whole, name, escaped] = match as RegExpExecArray;
    if (name in labels) fail(`label ${name} given twice`);
    labels[name] = escaped.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
    rest = rest.slice(whole.length);
  }
  return labels;
}

/** A float as Go's ParseFloat reads it, which is what Prometheus uses: NaN and Inf in any case. */
function parseValue(text: string, fail: (why: string) => never): number {
  if (/^\+?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^[+-]?nan$/i.test(text)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) fail(`value ${text} is not a number`);
  return Number(text);
}

function belongsTo(sample: string, family: PrometheusFamily): boolean {
  return (SUFFIXES[family.type] ?? [""]).some((suffix) => sample === family.name + suffix);
}

/** Per label set: buckets that never fall, ending in `+Inf` equal to `_count`. */
function checkHistogram(family: PrometheusFamily): void {
  const series = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name.endsWith("_bucket")) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without le`);
      entry.buckets.push([le === "+Inf" ? Infinity : Number(le), sample.value]);
    } else if (sample.name.endsWith("_count")) entry.count = sample.value;
  }
  for (const [key, { buckets, count }] of series) {
    const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
    if (sorted.at(-1)?.[0] !== Infinity || sorted.at(-1)?.[1] !== count) throw new Error(`${family.name}${key}: the +Inf bucket must equal _count`);
    if (sorted.some(([, value], i) => i > 0 && value < sorted[i - 1][1])) throw new Error(`${family.name}${key}: buckets must not fall`);
  }
}

/** The sum of a family's samples named `sample` whose labels include `labels`. */
export function sampleSum(families: Map<string, PrometheusFamily>, family: string, sample: string, labels: Record<string, string> = {}): number {
  const samples = families.get(family)?.samples ?? [];
  return samples
    .filter((s) => s.name === sample && Object.entries(labels).every(([name, value]) => s.labels[name] === value))
    .reduce((sum, s) => sum + s.value, 0);
}
