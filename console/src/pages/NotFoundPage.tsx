import { Link } from "react-router-dom";
import { PageHeading } from "../layout/PageHeading";

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="No such page" />
      <p>
        The console has no page at this address. <Link to="/">Go to the overview</Link>.
      </p>
    </>
  );
}
