// The dashboard's entry point: read the config, then route on the URL hash.
import { get } from "./api.js";
import { renderEvent } from "./event.js";
import { createOverview } from "./overview.js";
import { currentRoute, rememberOverview } from "./state.js";
import { createUpload } from "./upload.js";

const VIEWS = ["overview", "event", "upload"];
const statusBox = document.getElementById("status");

function showError(error) {
  console.warn("eventwire:", error);
  statusBox.textContent =
    error.status === 404 ? `Not found: ${error.message}` : `Something went wrong: ${error.message}`;
  statusBox.hidden = false;
}

function show(name) {
  for (const view of VIEWS) document.getElementById(`view-${view}`).hidden = view !== name;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function start() {
  const config = await get("dashboard/config.json").catch(() => ({ vendor: { ok: false } }));
  let overview = null; // a promise, so that two quick hash changes build one overview
  let upload = null;

  async function route() {
    statusBox.hidden = true;
    const { path, params } = currentRoute();
    const eventMatch = path.match(/^\/event\/(\d+)\/?$/);
    try {
      if (eventMatch) {
        show("event");
        window.scrollTo(0, 0);
        await renderEvent(document.getElementById("view-event"), Number(eventMatch[1]));
      } else if (path === "/upload") {
        show("upload");
        document.title = "Add a report — eventwire";
        upload ??= createUpload();
      } else {
        show("overview");
        document.title = "eventwire — events";
        rememberOverview(location.hash || "#/");
        overview ??= createOverview(config, { onError: showError }).catch((error) => {
          overview = null;
          throw error;
        });
        await (await overview).show(params);
      }
    } catch (error) {
      showError(error);
    }
  }

  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "true";
}

start();
