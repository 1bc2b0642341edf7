// Add a report: paste text or choose an HTML file, preview its events (POST /extract, nothing
// stored), then save it (POST /documents). The token is kept in this tab's sessionStorage at most.
import { get, post } from "./api.js";
import { append, clear, fmt, fmtDate, h } from "./dom.js";
import { evidenceSpans, highlight } from "./highlight.js";
import { typeClass, typeKey } from "./types.js";

const TOKEN_KEY = "eventwire.token";
const MAX_FILE = 5 * 1024 * 1024;

const newId = () => `upload-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "")}`;
const today = () => new Date().toISOString().slice(0, 10);

function eventCard(event, text, index) {
  const key = typeKey(event);
  const place = [event.location, event.admin1, event.country].filter((x, i, all) => x && all.indexOf(x) === i);
  const facts = [
    ["Date", event.event_date ? fmtDate(event.event_date) : "—"],
    ["Actors", [event.actor1, event.actor2].filter(Boolean).join(" → ") || "—"],
    ["Place", place.join(", ") || "—"],
    ["Fatalities", event.fatalities == null ? "—" : fmt(event.fatalities)],
    ["Confidence", event.confidence?.toFixed(2) ?? "—"],
  ];
  return h(
    "article",
    { class: "panel preview-event" },
    h("span", { class: `chip ${typeClass(key)}` }, key, event.sub_event_type ? ` · ${event.sub_event_type}` : ""),
    h("h3", {}, event.summary ?? event.event_id),
    h(
      "dl",
      { class: "facts" },
      facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
    ),
    text == null
      ? null
      : h(
          "details",
          { open: index === 0 },
          h("summary", {}, "Evidence in the text"),
          h("div", { class: "report-text" }, highlight(text, evidenceSpans(event.evidence))),
        ),
  );
}

export function createUpload() {
  const form = document.getElementById("upload-form");
  const field = (name) => form.elements.namedItem(name);
  const status = document.getElementById("upload-status");
  const result = document.getElementById("upload-result");
  const saveButton = document.getElementById("save-report");

  const stored = sessionStorage.getItem(TOKEN_KEY);
  if (stored) {
    field("token").value = stored;
    field("remember").checked = true;
  }
  field("id").value = newId();
  field("published").value = today();

  const mode = () => (field("mode").value === "html" ? "html" : "text");
  function showMode() {
    field("text").hidden = mode() !== "text";
    field("file").hidden = mode() !== "html";
  }
  for (const radio of form.querySelectorAll("input[name=mode]")) radio.addEventListener("change", showMode);
  showMode();

  function keepToken() {
    if (field("remember").checked && field("token").value) sessionStorage.setItem(TOKEN_KEY, field("token").value);
    else sessionStorage.removeItem(TOKEN_KEY);
  }
  field("remember").addEventListener("change", keepToken);

  function say(message, kind = "") {
    status.textContent = message;
    status.className = `note ${kind}`;
  }

  async function record() {
    const data = { id: field("id").value.trim() };
    for (const name of ["published", "title", "source_name"]) {
      const v = field(name).value.trim();
      if (v) data[name] = v;
    }
    if (mode() === "text") {
      const text = field("text").value;
      if (!text.trim()) throw new Error("Paste the report's text first.");
      data.text = text;
    } else {
      const file = field("file").files[0];
      if (!file) throw new Error("Choose an HTML file first.");
      if (file.size > MAX_FILE) throw new Error("That file is over 5 MB.");
      data.html = await file.text();
    }
    return data;
  }

  async function run(action) {
    const token = field("token").value.trim();
    if (!token) {
      say("The token is required (ask whoever runs this server).", "error");
      field("token").focus();
      return;
    }
    keepToken();
    for (const b of form.querySelectorAll("button")) b.disabled = true;
    try {
      const data = await record();
      say(action === "extract" ? "Extracting…" : "Saving…");
      if (action === "extract") {
        const events = await post("extract", data, token);
        append(
          clear(result),
          h(
            "h2",
            {},
            `${fmt(events.length)} ${events.length === 1 ? "event" : "events"} found`,
            h("span", { class: "note" }, " — a preview, nothing stored"),
          ),
          events.length
            ? events.map((e, i) => eventCard(e, data.text ?? null, i))
            : h("p", { class: "note" }, "No events: the report may tell only background, opinion or comment."),
        );
        result.dataset.state = "extracted";
        say("");
      } else {
        const saved = await post("documents", data, token);
        const doc = await get(`documents/${saved.document}`);
        const events = [...new Map(doc.events.map((e) => [e.event, e])).values()];
        const told = `${fmt(saved.mentions)} ${saved.mentions === 1 ? "event" : "events"}`;
        append(
          clear(result),
          h(
            "div",
            { class: "panel" },
            h("h2", {}, saved.status === "unchanged" ? "Already stored — nothing changed" : "Saved"),
            h(
              "p",
              { class: "saved", dataset: { document: saved.document } },
              `Document ${saved.document} (${saved.doc_id}): ${told}; ${fmt(saved.new_events)} new, ` +
                `${fmt(saved.merged_events)} merged into events already stored.`,
            ),
            h(
              "ul",
              { class: "saved-events" },
              events.map((e) => h("li", {}, h("a", { href: `#/event/${e.event}` }, e.summary ?? e.event_id))),
            ),
          ),
        );
        result.dataset.state = "saved";
        window.dispatchEvent(new CustomEvent("eventwire:stored", { detail: saved }));
        say("");
        field("id").value = newId();
      }
    } catch (error) {
      say(error.status === 401 ? "The token was refused." : error.message, "error");
    } finally {
      for (const b of form.querySelectorAll("button")) b.disabled = false;
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run("extract");
  });
  saveButton.addEventListener("click", () => run("save"));
  field("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run("extract");
  });
}
