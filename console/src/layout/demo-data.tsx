import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

/**
 * Whether anything on screen counts demo data. Each answer that can include demo data reports it
 * (`includesDemo`, `isDemo`) with useDemoData; the banner shows while any such answer is on screen.
 */
const ReportContext = createContext<(change: number) => void>(() => undefined);
const CountContext = createContext(0);

export function DemoDataProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  const report = useCallback((change: number) => setCount((current) => current + change), []);
  return (
    <ReportContext.Provider value={report}>
      <CountContext.Provider value={count}>{children}</CountContext.Provider>
    </ReportContext.Provider>
  );
}

export function useDemoData(includesDemo: boolean | null | undefined): void {
  const report = useContext(ReportContext);
  useEffect(() => {
    if (!includesDemo) return;
    report(1);
    return () => report(-1);
  }, [includesDemo, report]);
}

export function DemoDataBanner() {
  const count = useContext(CountContext);
  return (
    <div className="demo-banner-slot" role="status">
      {count > 0 && (
        <p className="demo-banner">
          <strong>Demo data.</strong> Some numbers on this page include DL Hub's demo data: plausible, invented, not official. Import the City's files to
          replace it.
        </p>
      )}
    </div>
  );
}
