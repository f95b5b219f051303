import { parks } from "@dlhub/parks";
import { describeDepartmentStatements } from "@dlhub/subgraph-kit/testing";

/** Every relation Parks & Recreation serves, each loader asked from one place per query. */
const QUERIES = {
  labs: `{ parksInitiatives(first: 100) { nodes { title sites { id name } partners { partnerSlug name role } outcomes { metric value }
    computerLabs { name center { name afterschoolCamps { season } } initiative { slug } } } } }`,
  camps: `{ parksInitiatives(first: 100) { nodes { afterschoolCamps { season center { name computerLabs { name } } initiative { slug } } } } }`,
  centers: `{ recreationCenters { assetId computerLabs { name initiative { slug } } afterschoolCamps { season center { assetId } } } }`,
};

describeDepartmentStatements(parks, { whose: "Parks & Recreation's", grows: "initiatives, labs, camps and recreation centres", queries: QUERIES });
