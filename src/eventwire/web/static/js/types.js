// Event kinds: the ACLED type when there is one, else the PLOVER root; each has a colour class.
import { slug } from "./dom.js";

export const ACLED_TYPES = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
];
const KNOWN = new Set([
  ...ACLED_TYPES.map(slug),
  ...[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
  ].map(slug),
]);

export const typeKey = (event) => event.event_type ?? event.plover ?? "Other";

/** The CSS class giving a kind its colour (app.css sets --c for each): "t-battles", "t-consult", "t-other". */
export function typeClass(key) {
  const name = slug(key);
  return KNOWN.has(name) ? `t-${name}` : "t-other";
}

/** The API filter for a kind: an ACLED event type, or else a PLOVER root. */
export const typeFilter = (key) => (ACLED_TYPES.includes(key) ? { event_type: key } : { plover: key });
