// The REST API of the same server, by relative URL (so a reverse proxy may serve it under a prefix).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function detail(body, status) {
  const d = body?.detail;
  if (Array.isArray(d)) return d.map((x) => `${(x.loc ?? []).slice(1).join(".")}: ${x.msg}`).join("; ");
  if (typeof d === "string") return d;
  return `HTTP ${status}`;
}

async function request(method, path, { params, body, token } = {}) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value != null && value !== "") url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, `cannot reach the server (${error.message})`);
  }
  const data = (response.headers.get("content-type") ?? "").includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, detail(data, response.status));
  return data;
}

export const get = (path, params) => request("GET", path, { params });
export const post = (path, body, token) => request("POST", path, { body, token });

export const MAX_PAGE = 1000;

/** Every event matching the filters, page by page, up to `cap`; returns {total, items}. */
export async function allEvents(filters, cap = 20000) {
  const items = [];
  let total = 0;
  do {
    const page = await get("events", { ...filters, sort: "-event_date", limit: MAX_PAGE, offset: items.length });
    total = page.total;
    items.push(...page.items);
    if (!page.items.length) break;
  } while (items.length < total && items.length < cap);
  return { total, items };
}
