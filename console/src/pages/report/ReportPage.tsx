import { useParams } from "react-router-dom";
import { NotFoundPage } from "../NotFoundPage";
import { DistrictReport } from "./DistrictReport";
import { NeighborhoodReport } from "./NeighborhoodReport";

/** `/reports/neighborhood/:id` or `/reports/district/:id`: one printable page about an area. */
export default function ReportPage() {
  const { area, id = "" } = useParams();
  if (area === "neighborhood") return <NeighborhoodReport id={id} />;
  if (area === "district") return <DistrictReport id={id} />;
  return <NotFoundPage />;
}
