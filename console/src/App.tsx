import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router-dom";
import { Shell } from "./layout/Shell";
import { Loading } from "./components/QueryState";
import { OverviewPage } from "./pages/overview/OverviewPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SignedInPage } from "./session/SignedInPage";

// The overview is in the first download so it shows at once; every other page, with its map or
// chart library, loads when it is first opened.
const MapPage = lazy(() => import("./pages/map/MapPage"));
const InitiativesPage = lazy(() => import("./pages/initiatives/InitiativesPage"));
const InitiativePage = lazy(() => import("./pages/initiative/InitiativePage"));
const GapsPage = lazy(() => import("./pages/gaps/GapsPage"));
const ReportPage = lazy(() => import("./pages/report/ReportPage"));
const OutcomesPage = lazy(() => import("./pages/outcomes/OutcomesPage"));
const SchemaPage = lazy(() => import("./pages/schema/SchemaPage"));

export function App() {
  return (
    <Shell>
      <Suspense fallback={<Loading what="the page" />}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/initiatives" element={<InitiativesPage />} />
          <Route path="/initiatives/:id" element={<InitiativePage />} />
          <Route path="/gaps" element={<GapsPage />} />
          <Route path="/reports/:area/:id" element={<ReportPage />} />
          <Route path="/outcomes" element={<OutcomesPage />} />
          <Route path="/schema" element={<SchemaPage />} />
          <Route path="/signed-in" element={<SignedInPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
