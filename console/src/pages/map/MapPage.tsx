import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import * as Plot from "@observablehq/plot";
import { Loading, Problem } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { useDepartments } from "../../graphql/departments";
import { MapAreasDocument } from "../../graphql/generated/graphql";
import { useGathered } from "../../graphql/gather";
import { PageHeading } from "../../layout/PageHeading";
import { useDemoData } from "../../layout/demo-data";
import { AreaMap } from "./AreaMap";
import { gatherGapScores, gatherPlaces, type MapNeighborhood } from "./map-data";
import { MeasureLegend } from "./MeasureLegend";
import { MeasuresTable } from "./MeasuresTable";
import { isMeasure, MEASURES, type MeasureName } from "./measures";
import { MapSidePanel } from "./MapSidePanel";
import { kindKey, PlaceLegend } from "./PlaceLegend";

const UNKNOWN = "#d9d9d9";

export default function MapPage() {
  const [params, setParams] = useSearchParams();
  const measureParam = params.get("measure");
  const measureName: MeasureName = isMeasure(measureParam) ? measureParam : "gap";
  const measure = MEASURES[measureName];
  const [areas] = useQuery({ query: MapAreasDocument });
  const places = useGathered("places", gatherPlaces);
  const gaps = useGathered("gaps", gatherGapScores);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [showDistricts, setShowDistricts] = useState(true);
  const gapScores = useMemo(() => gaps.data ?? new Map<string, number>(), [gaps.data]);
  const neighborhoods = useMemo(() => areas.data?.neighborhoods ?? [], [areas.data]);
  useDemoData(places.data?.includesDemo || neighborhoods.some((n) => n.isDemo));

  const scale = useMemo<Plot.ScaleOptions>(() => {
    const values = neighborhoods.map((n) => measure.value(n, gapScores)).filter((v): v is number => v !== null);
    return { type: "quantile", n: 5, scheme: measure.scheme as Plot.ColorScheme, domain: values.length ? values : [0, 1] };
  }, [neighborhoods, measure, gapScores]);
  const color = useMemo(() => Plot.scale({ color: scale }), [scale]);
  const fillOf = useCallback(
    (n: MapNeighborhood) => {
      const value = measure.value(n, gapScores);
      return value === null ? UNKNOWN : (color.apply(value) as string);
    },
    [measure, gapScores, color],
  );
  const labelOf = useCallback(
    (n: MapNeighborhood) => `${n.name}: ${measure.label.toLowerCase()} ${measure.format(measure.value(n, gapScores))}`,
    [measure, gapScores],
  );
  const { colorOf } = useDepartments();
  const visiblePlaces = useMemo(
    () => (places.data?.places ?? []).filter((p) => !hidden.has(kindKey(p))).map((p) => ({ ...p, color: colorOf(p.departmentId) })),
    [places.data, hidden, colorOf],
  );

  // A choice made on this page moves the focus to its panel; one read from a shared link does not.
  const [chosenByPerson, setChosenByPerson] = useState(false);
  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  };
  const choose = (name: "neighborhood" | "place", id: string) => {
    setChosenByPerson(true);
    setParam(name === "neighborhood" ? { neighborhood: id, place: null } : { place: id });
  };
  const toggle = (key: string, show: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (show) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <>
      <PageHeading title="Map" />
      <p className="lede">
        Neighborhoods coloured by need or supply, with every department's public places. Choose a neighborhood or a place to see what is there.
      </p>
      <div className="toolbar no-print">
        <SelectField
          label="Colour neighborhoods by"
          value={measureName}
          anyLabel={null}
          options={Object.entries(MEASURES).map(([name, m]) => [name, m.label])}
          onChange={(value) => setParam({ measure: value })}
        />
        <label className="choice">
          <input type="checkbox" checked={showDistricts} onChange={(event) => setShowDistricts(event.target.checked)} />
          Outline planning districts
        </label>
        <a href="#measures-table">Skip past the map to the table</a>
      </div>
      {areas.fetching && !areas.data && <Loading what="the neighborhoods" />}
      <Problem error={areas.error} what="the map" />
      <Problem error={places.error ?? gaps.error} what="the places or scores" />
      <div className="map-layout">
        <div>
          {areas.data && (
            <AreaMap
              neighborhoods={neighborhoods}
              districts={areas.data.planningDistricts}
              showDistricts={showDistricts}
              places={visiblePlaces}
              fillOf={fillOf}
              labelOf={labelOf}
              chosenId={params.get("neighborhood")}
              onChoose={(id) => choose("neighborhood", id)}
              onChoosePlace={(id) => choose("place", id)}
            />
          )}
          <MeasureLegend measure={measure} scale={scale} />
        </div>
        <div>
          <MapSidePanel
            neighborhoodId={params.get("neighborhood")}
            placeId={params.get("place")}
            openedByPerson={chosenByPerson}
            onChoosePlace={(id) => choose("place", id)}
            onClose={() => setParam({ neighborhood: null, place: null })}
          />
          {places.data ? <PlaceLegend places={places.data.places} hidden={hidden} onToggle={toggle} /> : !places.error && <Loading what="the places" />}
        </div>
      </div>
      <section id="measures-table" tabIndex={-1} aria-labelledby="measures-heading">
        <h2 id="measures-heading">The map as a table</h2>
        <MeasuresTable neighborhoods={neighborhoods} gapScores={gapScores} measure={measureName} onChoose={(id) => choose("neighborhood", id)} />
      </section>
    </>
  );
}
