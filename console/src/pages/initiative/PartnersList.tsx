import { Link } from "react-router-dom";
import { PARTNER_ROLES } from "../../words/contract";
import type { InitiativeDetail } from "./types";

export function PartnersList({ partners }: { partners: InitiativeDetail["partners"] }) {
  return (
    <section aria-labelledby="partners-heading">
      <h2 id="partners-heading">Partners</h2>
      {partners.length === 0 ? (
        <p>No partner is recorded.</p>
      ) : (
        <ul>
          {partners.map((partner) => (
            <li key={`${partner.partnerSlug}/${partner.role}`}>
              <Link to={`/initiatives?partner=${encodeURIComponent(partner.partnerSlug)}`}>{partner.name}</Link> — {PARTNER_ROLES[partner.role]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
