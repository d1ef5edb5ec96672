// The room's phone page: joins with the room code, then adds pins, ideas and dots through the API
// (docs/ROOM_API.md). Asks nothing of any host but the laptop: the map is Leaflet (vendored, see
// scripts/vendor_map_library.sh) over the laptop's basemap tiles. Written for browsers of 2017 on
// (ES2017: no optional chaining, no ?? , no class fields), as old phones' Safari runs it.
"use strict";

const words = JSON.parse(document.getElementById("words").textContent);
const say = (key, value) => words[key].replace("%1", value);
const $ = (id) => document.getElementById(id);
const state = {
  code: "", token: sessionStorage.getItem("cosafe-room-token") || "", form: null,
  map: null, tab: "pin-panel", place: null, line: [], marker: null, shape: null, proposals: null,
};

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
  if (text) $("status").scrollIntoView({ block: "nearest" });
}

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  if (state.token) headers.Authorization = "Bearer " + state.token;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new Error(words.offline);
  }
  let data;
  try {
    data = await response.json();
  } catch (error) {
    throw new Error(words.offline);
  }
  if (!response.ok) {
    if (response.status === 401 && state.token) {
      state.token = "";
      sessionStorage.removeItem("cosafe-room-token");
      showJoin();
    }
    const failure = new Error(data.error);
    failure.status = response.status;
    throw failure;
  }
  return data;
}

function option(select, value, label) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = label;
  select.appendChild(element);
}

function choiceList(container, name, type, choices) {
  container.textContent = "";
  choices.forEach((choice, index) => {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = type;
    input.name = name;
    input.value = choice.value;
    if (type === "radio" && index === 0) input.required = true;
    label.appendChild(input);
    label.appendChild(document.createTextNode(choice.label));
    container.appendChild(label);
  });
}

async function openRoom(code) {
  state.code = code.trim().toUpperCase();
  try {
    state.form = await api("GET", "/api/form?code=" + encodeURIComponent(state.code));
  } catch (error) {
    $("code-form").hidden = false;
    status(error.message, true);
    return;
  }
  $("code-form").hidden = true;
  status("");
  $("heading").textContent = state.form.workshop || words.title;
  fillForms();
  if (state.token) showWorkshop(); else showJoin();
}

function fillForms() {
  const form = state.form;
  const group = $("group");
  group.textContent = "";
  option(group, "", ""); // no group chosen for her: the browser asks for one before joining
  form.groups.forEach((g) => option(group, g.id, g.name));
  $("group-field").hidden = form.groups.length === 0;
  group.required = form.groups.length > 0;
  const questions = $("questions");
  questions.textContent = "";
  form.questions.forEach((question) => {
    const label = document.createElement("label");
    label.htmlFor = "q-" + question.key;
    label.textContent = question.label;
    const select = document.createElement("select");
    select.id = "q-" + question.key;
    select.setAttribute("data-key", question.key);
    question.choices.forEach((c) => option(select, c.value, c.label));
    // Nobody is recorded as what they did not choose: "prefer not to say" (or "other") until they do.
    const values = question.choices.map((c) => c.value);
    select.value = values.indexOf("undisclosed") >= 0 ? "undisclosed" : values.indexOf("other") >= 0 ? "other" : values[0];
    questions.appendChild(label);
    questions.appendChild(select);
  });
  choiceList($("feelings"), "feeling", "radio", form.feelings);
  choiceList($("reasons"), "reason", "checkbox", form.reason_tags);
  $("time").textContent = "";
  form.times_of_day.forEach((c) => option($("time"), c.value, c.label));
  $("principle").textContent = "";
  form.principles.forEach((c) => option($("principle"), c.value, c.label));
  $("intervention").textContent = "";
  form.interventions.forEach((c) => option($("intervention"), c.value, c.label));
}

function showJoin() {
  $("workshop").hidden = true;
  $("join-form").hidden = false;
}

async function showWorkshop() {
  $("join-form").hidden = true;
  $("workshop").hidden = false;
  try {
    const me = await api("GET", "/api/me");
    $("me").textContent = say("you_are", me.participant_code);
    $("dots-left").textContent = say("dots_left", me.dots_left);
  } catch (error) {
    status(error.message, true);
    return;
  }
  makeMap();
  loadProposals();
}

// -- the map -------------------------------------------------------------------------------------

function makeMap() {
  if (state.map) { state.map.invalidateSize(); return; }
  const form = state.form;
  const west = form.bounds[0], south = form.bounds[1], east = form.bounds[2], north = form.bounds[3];
  const area = L.latLngBounds([south, west], [north, east]);
  const zooms = form.tile_zooms;
  const map = L.map("map", {
    maxBounds: area.pad(0.5), maxBoundsViscosity: 1, zoomSnap: 1, tap: false,
    zoomControl: false, attributionControl: false, keyboardPanDelta: 60,
  });
  const rtl = form.direction === "rtl"; // the controls on the side the page's reading starts from
  L.control.zoom({ zoomInTitle: words.zoom_in, zoomOutTitle: words.zoom_out, position: rtl ? "topright" : "topleft" })
    .addTo(map);
  const attribution = L.control.attribution({ prefix: false, position: rtl ? "bottomleft" : "bottomright" });
  attribution.addTo(map);
  if (form.attribution) attribution.addAttribution(escapeHtml(form.attribution));
  map.fitBounds(area);
  map.setMinZoom(Math.max(map.getZoom() - 1, 0));
  map.setMaxZoom(19);
  if (zooms.length) {
    L.tileLayer("/tiles/{z}/{x}/{y}.png?code=" + encodeURIComponent(state.code), {
      minNativeZoom: Math.min.apply(null, zooms), maxNativeZoom: Math.max.apply(null, zooms),
      bounds: area.pad(0.5), keepBuffer: 1,
    }).addTo(map);
  }
  // The workshop's area: places must lie inside it.
  L.rectangle(area, { color: "#000", weight: 3, dashArray: "8 6", fill: false, interactive: false }).addTo(map);
  map.getContainer().setAttribute("aria-label", words.map_label);
  map.on("click", (event) => choose(event.latlng));
  state.map = map;
}

function escapeHtml(text) {
  const element = document.createElement("span");
  element.textContent = text;
  return element.innerHTML;
}

function inside(latlng) {
  const b = state.form.bounds;
  return latlng.lng >= b[0] && latlng.lng <= b[2] && latlng.lat >= b[1] && latlng.lat <= b[3];
}

function lineMode() {
  const shape = document.querySelector("input[name=shape]:checked");
  return state.tab === "idea-panel" && shape && shape.value === "LineString";
}

function choose(latlng) {
  if (state.tab === "vote-panel") return;
  if (!inside(latlng)) { status(words.outside, true); return; }
  if (lineMode()) {
    if (state.line.length >= 50) return;
    state.line.push([latlng.lng, latlng.lat]);
  } else {
    state.place = [latlng.lng, latlng.lat];
  }
  drawChoice();
  status(lineMode() ? say("line_points", state.line.length) : words.place_chosen);
}

function drawChoice() {
  const map = state.map;
  if (state.marker) { map.removeLayer(state.marker); state.marker = null; }
  if (state.shape) { map.removeLayer(state.shape); state.shape = null; }
  if (state.tab === "vote-panel") {
    $("undo-point").hidden = true; // voting places nothing on the map: what is chosen stays for later
  } else if (lineMode()) {
    const latlngs = state.line.map((p) => [p[1], p[0]]);
    if (latlngs.length) {
      state.shape = L.layerGroup([
        L.polyline(latlngs, { color: "#000", weight: 9, interactive: false }),
        L.polyline(latlngs, { color: "#ffd400", weight: 5, interactive: false }),
      ].concat(latlngs.map((ll) => L.circleMarker(ll, { radius: 7, color: "#000", weight: 3, fillColor: "#ffd400",
        fillOpacity: 1, interactive: false })))).addTo(map);
    }
    $("undo-point").hidden = state.line.length === 0;
  } else if (state.place) {
    const icon = L.divIcon({ className: "place", html: '<span class="pin"></span>', iconSize: [30, 30],
      iconAnchor: [15, 36] });
    state.marker = L.marker([state.place[1], state.place[0]], { icon, keyboard: false, interactive: false }).addTo(map);
    $("undo-point").hidden = true;
  }
}

$("use-centre").addEventListener("click", () => { if (state.map) choose(state.map.getCenter()); });

$("undo-point").addEventListener("click", () => {
  state.line.pop();
  drawChoice();
  status(say("line_points", state.line.length));
});

document.querySelectorAll("input[name=shape]").forEach((input) => {
  input.addEventListener("change", () => { if (state.map) drawChoice(); });
});

// -- proposals and dots ----------------------------------------------------------------------------

async function loadProposals() {
  let proposals;
  try {
    proposals = await api("GET", "/api/proposals");
  } catch (error) {
    status(error.message, true);
    return;
  }
  const list = $("proposals");
  list.textContent = "";
  if (state.proposals) state.map.removeLayer(state.proposals);
  const drawn = [];
  proposals.forEach((proposal) => {
    const item = document.createElement("li");
    item.id = "proposal-" + proposal.number;
    const title = document.createElement("p");
    title.className = "proposal-title";
    title.textContent = proposal.number + ". " + proposal.title;
    const mine = document.createElement("p");
    mine.textContent = say("my_dots", proposal.my_dots);
    const dots = document.createElement("span");
    dots.className = "dots";
    dots.setAttribute("aria-hidden", "true");
    dots.textContent = new Array(proposal.my_dots + 1).join("\u25cf ");
    mine.appendChild(dots);
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = say("place_dot", proposal.title);
    button.addEventListener("click", () => vote(proposal.id));
    item.appendChild(title);
    item.appendChild(mine);
    item.appendChild(button);
    list.appendChild(item);
    const geometry = proposal.geometry;
    if (!geometry) return;
    const points = geometry.type === "Point" ? [geometry.coordinates]
      : geometry.type === "LineString" ? geometry.coordinates : [];
    if (!points.length) return;
    if (points.length > 1) {
      drawn.push(L.polyline(points.map((p) => [p[1], p[0]]), { color: "#0050d0", weight: 6, interactive: false }));
    }
    const icon = L.divIcon({ className: "badge", html: String(proposal.number) + (proposal.my_dots ? "\u25cf" : ""),
      iconSize: [34, 34], iconAnchor: [17, 17] });
    drawn.push(L.marker([points[0][1], points[0][0]], { icon, keyboard: false, interactive: false }));
  });
  state.proposals = L.layerGroup(drawn).addTo(state.map);
}

async function vote(id) {
  try {
    const result = await api("POST", "/api/votes", { proposal: id });
    $("dots-left").textContent = say("dots_left", result.dots_left);
    status(words.dot_added);
  } catch (error) {
    if (error.status === 409) $("dots-left").textContent = say("dots_left", 0);
    status(error.message, true);
  }
  loadProposals();
}

// -- forms -------------------------------------------------------------------------------------

$("code-form").addEventListener("submit", (event) => {
  event.preventDefault();
  openRoom($("code").value);
});

$("join-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const answers = {};
  document.querySelectorAll("#questions select").forEach((select) => {
    answers[select.getAttribute("data-key")] = select.value;
  });
  const body = { code: state.code, answers, consent: $("consent").checked };
  if (state.form.groups.length) body.group = $("group").value;
  try {
    const joined = await api("POST", "/api/join", body);
    state.token = joined.token;
    sessionStorage.setItem("cosafe-room-token", joined.token);
    status("");
    showWorkshop();
  } catch (error) {
    status(error.message, true);
  }
});

document.querySelectorAll(".tabs button").forEach((tab) => {
  tab.addEventListener("click", () => {
    state.tab = tab.getAttribute("data-tab");
    document.querySelectorAll(".tabs button").forEach((other) => {
      other.setAttribute("aria-pressed", String(other === tab));
      $(other.getAttribute("data-tab")).hidden = other !== tab;
    });
    const voting = state.tab === "vote-panel";
    $("use-centre").hidden = voting;
    $("map-help").textContent = voting ? words.vote_help : words.map_help;
    if (state.map) drawChoice();
    if (voting) loadProposals();
  });
});

$("pin-panel").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!state.place) { status(words.no_place, true); return; }
  const feeling = document.querySelector("input[name=feeling]:checked");
  const body = {
    lon: state.place[0], lat: state.place[1], feeling: feeling ? feeling.value : "",
    reason_tags: Array.prototype.map.call(document.querySelectorAll("input[name=reason]:checked"), (input) => input.value),
    time_of_day: $("time").value, story: $("story").value,
  };
  try {
    await api("POST", "/api/pins", body);
    $("pin-panel").reset();
    status(words.pin_added);
  } catch (error) {
    status(error.message, true);
  }
});

$("idea-panel").addEventListener("submit", async (event) => {
  event.preventDefault();
  let geometry;
  if (lineMode()) {
    if (state.line.length < 2) { status(words.need_line, true); return; }
    geometry = { type: "LineString", coordinates: state.line };
  } else {
    if (!state.place) { status(words.no_place, true); return; }
    geometry = { type: "Point", coordinates: state.place };
  }
  const body = {
    geometry, title: $("idea-title").value,
    principle: $("principle").value, intervention: $("intervention").value, description: $("description").value,
  };
  try {
    await api("POST", "/api/ideas", body);
    $("idea-panel").reset();
    state.line = [];
    drawChoice();
    status(words.idea_added);
    loadProposals();
  } catch (error) {
    status(error.message, true);
  }
});

const given = new URLSearchParams(location.search).get("code");
if (given) openRoom(given); else $("code-form").hidden = false;
