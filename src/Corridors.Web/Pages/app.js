// The planner's page: plain script, no build step. Every check that matters is the server's; this only asks and shows.
"use strict";

const token = document.querySelector('meta[name="corridors-token"]').content;
const $ = (id) => document.getElementById(id);
const kinds = {
  "close": [["target", "node or link", "id"], ["from", "first day", "date"], ["to", "last day", "date"]],
  "servers": [["node", "node", "id"], ["stage", "stage", ["berths", "handling", "customs", "gauge_change", "clearance.rail", "clearance.road"]], ["servers", "servers", "int"]],
  "capacity": [["node", "node", "id"], ["factor", "× capacity", "number"], ["from", "from", "date"]],
  "scale-flow": [["flow", "flow", "flow"], ["factor", "× volume", "number"]],
  "scale-all": [["factor", "× all demand", "number"]],
  "sailing": [["link", "link", "link"], ["every_hours", "every (h)", "number"]],
  "add-link": [["from_node", "from", "id"], ["to_node", "to", "id"], ["mode", "mode", ["sea", "rail", "road", "river", "air"]], ["speed_kmh", "km/h", "number"]],
};
let base = null;       // the chosen library scenario (its elements)
let lastIdInput = null; // where a click on the map puts an id
let runId = null;
let events = null;

async function api(method, url, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.headers["X-Corridors-Token"] = token;
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const data = await response.json().catch(() => ({ detail: `${response.status} ${response.statusText}` }));
  if (!response.ok) {
    const error = new Error(data.detail || `${response.status}`);
    error.diagnostics = data.diagnostics || [];
    throw error;
  }
  return data;
}

function showError(error) {
  $("error").hidden = !error;
  $("error").textContent = error ? error.message : "";
  if (error && error.diagnostics && error.diagnostics.length) {
    showDiagnostics(error.diagnostics);
  }
}

function showDiagnostics(lines) {
  $("diagnostics").replaceChildren(...lines.map((line) => { const li = document.createElement("li"); li.textContent = line; return li; }));
}

async function loadLibrary() {
  const scenarios = await api("GET", "/api/scenarios");
  $("scenarios").replaceChildren(...scenarios.filter((s) => s.valid).map((s) => {
    const li = document.createElement("li");
    li.dataset.id = s.id;
    const h = document.createElement("h3");
    h.textContent = s.id + (s.base ? ` (extends ${s.base})` : "");
    const p = document.createElement("p");
    p.textContent = s.description;
    p.title = s.description;
    li.append(h, p);
    li.addEventListener("click", () => choose(s.id).catch(showError));
    return li;
  }));
}

async function choose(id) {
  showError(null);
  base = await api("GET", `/api/scenarios/${encodeURIComponent(id)}`);
  runId = null;
  $("facility").hidden = true;
  $("headline").hidden = true;
  document.querySelectorAll("#scenarios li").forEach((li) => li.classList.toggle("chosen", li.dataset.id === id));
  $("base-name").textContent = base.id;
  for (const [list, items] of [["ids", [...base.nodes, ...base.links]], ["links", base.links], ["flows", base.flows]]) {
    let datalist = $(`list-${list}`);
    if (!datalist) {
      datalist = document.createElement("datalist");
      datalist.id = `list-${list}`;
      document.body.append(datalist);
    }
    datalist.replaceChildren(...items.map((e) => { const o = document.createElement("option"); o.value = e.id; o.label = e.name || e.mode || `${e.origin} → ${e.destination}`; return o; }));
  }
  ["network", "editor", "runner"].forEach((s) => { $(s).hidden = false; });
  $("edits").replaceChildren();
  $("yaml").value = "";
  setValidity(null);
  const spec = await api("GET", `/api/scenarios/${encodeURIComponent(id)}/map`);
  const result = await vegaEmbed("#map", spec, { ast: true, actions: false, renderer: "svg" });
  result.view.addEventListener("click", (_, item) => {
    const datum = item && item.datum;
    const element = datum && (datum.node || datum.link);
    if (!element) return;
    // While a run is shown, a node's click asks for its facility's figures; otherwise it fills the edit.
    if (datum.node && runId) facility(datum.node).catch(showError);
    else if (lastIdInput) lastIdInput.value = element;
  });
}

function addEdit(kind) {
  const row = document.createElement("div");
  row.className = "edit";
  row.dataset.kind = kind;
  const title = document.createElement("strong");
  title.textContent = kind;
  row.append(title);
  for (const [field, label, type] of kinds[kind]) {
    const wrap = document.createElement("label");
    wrap.append(label + " ");
    let input;
    if (Array.isArray(type)) {
      input = document.createElement("select");
      input.append(...type.map((v) => { const o = document.createElement("option"); o.value = o.textContent = v; return o; }));
    } else {
      input = document.createElement("input");
      input.type = type === "date" ? "date" : type === "int" || type === "number" ? "number" : "text";
      if (type === "number") input.step = "any";
      if (type === "id") input.setAttribute("list", "list-ids");
      if (type === "link") input.setAttribute("list", "list-links");
      if (type === "flow") input.setAttribute("list", "list-flows");
      if (type === "id" || type === "link") input.addEventListener("focus", () => { lastIdInput = input; });
      if (!lastIdInput && (type === "id" || type === "link")) lastIdInput = input;
    }
    input.name = field;
    input.dataset.type = Array.isArray(type) ? "choice" : type;
    wrap.append(input);
    row.append(wrap);
  }
  const remove = document.createElement("button");
  remove.type = "button";
  remove.textContent = "remove";
  remove.addEventListener("click", () => row.remove());
  row.append(remove);
  $("edits").append(row);
  const first = row.querySelector("input[list]");
  if (first) lastIdInput = first;
}

function edits() {
  return [...document.querySelectorAll("#edits .edit")].map((row) => {
    const edit = { kind: row.dataset.kind };
    row.querySelectorAll("input, select").forEach((input) => {
      if (input.value === "") return;
      edit[input.name] = input.dataset.type === "int" ? parseInt(input.value, 10) : input.dataset.type === "number" ? Number(input.value) : input.value;
    });
    return edit;
  });
}

function setValidity(result) {
  $("validity").className = result ? (result.valid ? "valid" : "invalid") : "";
  $("validity").textContent = result ? result.summary : "";
  showDiagnostics(result ? result.diagnostics : []);
  const blob = new Blob([$("yaml").value], { type: "application/yaml" });
  $("download").href = URL.createObjectURL(blob);
}

async function write() {
  showError(null);
  const result = await api("POST", "/api/what-if", { base: base.id, edits: edits() });
  $("yaml").value = result.yaml;
  setValidity(result);
}

async function validate() {
  showError(null);
  setValidity(await api("POST", "/api/validate", { text: $("yaml").value }));
}

async function run() {
  showError(null);
  if (!$("yaml").value.trim()) await write();
  const body = { text: $("yaml").value };
  if (document.querySelector("input[name=stop]:checked").value === "precision") {
    body.precision_percent = Number($("precision").value);
    body.max_replications = parseInt($("max-replications").value, 10);
  } else {
    body.replications = parseInt($("replications").value, 10);
  }
  if ($("seed").value !== "") body.seed = Number($("seed").value);
  const status = await api("POST", "/api/runs", body);
  follow(status.id);
}

// Goods delivered, Mt/yr, over the first n replications: the running interval of the headline figure.
const delivered = (p) => p === null ? "—" : `${p.mean.toFixed(2)}${p.half_width === null ? "" : ` ± ${p.half_width.toFixed(2)}`} Mt/yr`;

function describe(s) {
  const goal = s.precision_percent === null ? `${s.target}` : `at most ${s.target} (until ±${s.precision_percent} %)`;
  return s.state === "finished" ? `Finished: ${s.replications} replications of the what-if and of ${s.base}, seed ${s.seed}.`
    : s.state === "failed" ? `Failed: ${s.problem}`
    : s.state === "queued" ? "Queued behind other runs…"
    : s.phase === "reports" ? "Writing the reports…"
    : `Running: the what-if ${s.done} of ${goal} replications done, its base ${s.base} ${s.base_done}.`;
}

function headline(s) {
  if (s.delivered === null && s.base_delivered === null) return "";
  const n = (p) => p === null ? "" : ` (${p.n} replication${p.n === 1 ? "" : "s"})`;
  return s.state === "finished"
    ? `Goods delivered: what-if ${delivered(s.delivered)}, base ${delivered(s.base_delivered)}, over ${s.replications} replications (95 % intervals).`
    : `Goods delivered so far: what-if ${delivered(s.delivered)}${n(s.delivered)}, base ${delivered(s.base_delivered)}${n(s.base_delivered)}.`;
}

function follow(id) {
  runId = id;
  if (events) events.close();
  $("results").hidden = true;
  $("progress").hidden = false;
  events = new EventSource(`/api/runs/${id}/events`);
  events.addEventListener("progress", (e) => {
    const s = JSON.parse(e.data);
    $("run-status").textContent = describe(s);
    $("headline").textContent = headline(s);
    $("headline").hidden = $("headline").textContent === "";
    const target = s.state === "finished" ? s.replications : s.target;
    $("progress").max = Math.max(1, 2 * target);
    $("progress").value = s.done + s.base_done;
    if (s.state === "finished") { events.close(); showResults(id); }
    if (s.state === "failed") events.close();
  });
  events.onerror = () => { if (events.readyState === EventSource.CLOSED) return; };
}

function showResults(id) {
  $("results").hidden = false;
  $("comparison").src = `/api/runs/${id}/comparison`;
  $("report").src = `/api/runs/${id}/report`;
  for (const [link, file] of [["link-comparison", "comparison"], ["link-report", "report"], ["link-summary", "summary.json"], ["link-csv", "compare.csv"], ["link-yaml", "what-if.yaml"]]) {
    $(link).href = `/api/runs/${id}/${file}`;
  }
}

async function facility(node) {
  const report = await api("GET", `/api/runs/${runId}/facilities/${encodeURIComponent(node)}`);
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const h of ["figure", "mean", "± 95 %", "n"]) { const th = document.createElement("th"); th.textContent = h; head.append(th); }
  for (const f of report.figures) {
    const row = table.insertRow();
    for (const v of [f.name, fmt(f.mean), fmt(f.half_width), f.n]) row.insertCell().textContent = v;
  }
  const title = document.createElement("h3");
  title.textContent = `${report.id}: ${report.description} — ${report.replications} replications recorded`;
  $("facility").replaceChildren(title, table);
  $("facility").hidden = false;
}

const fmt = (v) => v === null ? "—" : Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en") : v.toPrecision(3);

$("add-edit").addEventListener("click", () => addEdit($("edit-kind").value));
$("write").addEventListener("click", () => write().catch(showError));
$("validate").addEventListener("click", () => validate().catch(showError));
$("run").addEventListener("click", () => run().catch(showError));
$("yaml").addEventListener("input", () => setValidity(null));
$("upload").addEventListener("change", async () => {
  const file = $("upload").files[0];
  if (file) { $("yaml").value = await file.text(); await validate().catch(showError); }
});
loadLibrary().catch(showError);
