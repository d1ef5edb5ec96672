// The room's phone page: joins with the room code, then adds pins, ideas and dots through the API
// (docs/ROOM_API.md). Asks nothing of any host but the laptop. No library: the map is the laptop's
// tiles laid out at one zoom that fits the workshop's area, a tap (or the arrow keys) placing the marker.
"use strict";

const words = JSON.parse(document.getElementById("words").textContent);
const say = (key, value) => words[key].replace("%1", value);
const $ = (id) => document.getElementById(id);
const state = { code: "", token: sessionStorage.getItem("cosafe-room-token") || "", form: null, place: null, view: null };

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
  const data = await response.json();
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
    label.append(input, document.createTextNode(choice.label));
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
    select.dataset.key = question.key;
    question.choices.forEach((c) => option(select, c.value, c.label));
    // Nobody is recorded as what they did not choose: "prefer not to say" (or "other") until they do.
    const values = question.choices.map((c) => c.value);
    select.value = values.includes("undisclosed") ? "undisclosed" : values.includes("other") ? "other" : values[0];
    questions.append(label, select);
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
  drawMap();
  loadProposals();
}

// -- the map: Web Mercator pixels at one zoom -------------------------------------------------

function toPixel(lon, lat, zoom) {
  const size = 256 * Math.pow(2, zoom);
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

function toLonLat(x, y, zoom) {
  const size = 256 * Math.pow(2, zoom);
  const n = Math.PI - (2 * Math.PI * y) / size;
  return [(x / size) * 360 - 180, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

function drawMap() {
  const map = $("map");
  const [west, south, east, north] = state.form.bounds;
  const width = map.clientWidth;
  let zoom = 19;
  while (zoom > 1) {
    const [x0] = toPixel(west, north, zoom);
    const [x1] = toPixel(east, south, zoom);
    if (x1 - x0 <= width) break;
    zoom -= 1;
  }
  const [left, top] = toPixel(west, north, zoom);
  const [right, bottom] = toPixel(east, south, zoom);
  const offsetX = left - (width - (right - left)) / 2;
  const height = Math.min(Math.max(bottom - top, 200), 480);
  const offsetY = top - (height - (bottom - top)) / 2;
  map.style.height = height + "px";
  state.view = { zoom, offsetX, offsetY, width, height };
  map.querySelectorAll("img, .badge").forEach((element) => element.remove());
  // The tiles of the zoom level nearest the view's that the basemap has, shrunk or enlarged to fit:
  // sharper ones (up to 3 levels finer, 64 tiles per square of the view) before coarser ones.
  const zooms = state.form.tile_zooms;
  let tileZoom = zoom;
  if (zooms.length && !zooms.includes(zoom)) {
    const finer = zooms.filter((z) => z > zoom && z - zoom <= 3);
    const coarser = zooms.filter((z) => z < zoom);
    tileZoom = finer.length ? Math.min(...finer) : coarser.length ? Math.max(...coarser) : zoom;
  }
  const tileSize = 256 * Math.pow(2, zoom - tileZoom);
  const last = Math.pow(2, tileZoom) - 1;
  for (let tx = Math.floor(offsetX / tileSize); tx <= Math.floor((offsetX + width) / tileSize); tx++) {
    for (let ty = Math.floor(offsetY / tileSize); ty <= Math.floor((offsetY + height) / tileSize); ty++) {
      if (tx < 0 || ty < 0 || tx > last || ty > last || !zooms.length) continue;
      const image = document.createElement("img");
      image.alt = "";
      image.src = `/tiles/${tileZoom}/${tx}/${ty}.png?code=${encodeURIComponent(state.code)}`;
      image.style.left = tx * tileSize - offsetX + "px";
      image.style.top = ty * tileSize - offsetY + "px";
      image.style.width = image.style.height = tileSize + "px";
      image.onerror = () => image.remove(); // no tile there: the plain ground shows
      map.insertBefore(image, $("marker"));
    }
  }
  if (!state.place) setPlace(width / 2, height / 2);
  else placeMarker();
}

function setPlace(x, y) {
  const view = state.view;
  x = Math.min(Math.max(x, 0), view.width);
  y = Math.min(Math.max(y, 0), view.height);
  state.place = toLonLat(x + view.offsetX, y + view.offsetY, view.zoom);
  placeMarker();
}

function placeMarker() {
  const view = state.view;
  const [x, y] = toPixel(state.place[0], state.place[1], view.zoom);
  const marker = $("marker");
  marker.hidden = false;
  marker.style.left = x - view.offsetX + "px";
  marker.style.top = y - view.offsetY + "px";
}

$("map").addEventListener("click", (event) => {
  const box = $("map").getBoundingClientRect();
  setPlace(event.clientX - box.left, event.clientY - box.top);
});

$("map").addEventListener("keydown", (event) => {
  const steps = { ArrowLeft: [-10, 0], ArrowRight: [10, 0], ArrowUp: [0, -10], ArrowDown: [0, 10] };
  const step = steps[event.key];
  if (!step || !state.place) return;
  event.preventDefault();
  const view = state.view;
  const [x, y] = toPixel(state.place[0], state.place[1], view.zoom);
  setPlace(x - view.offsetX + step[0], y - view.offsetY + step[1]);
});

// -- proposals and dots ----------------------------------------------------------------------

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
  const map = $("map");
  map.querySelectorAll(".badge").forEach((element) => element.remove());
  proposals.forEach((proposal) => {
    const item = document.createElement("li");
    const title = document.createElement("p");
    title.textContent = proposal.number + ". " + proposal.title;
    const mine = document.createElement("p");
    mine.textContent = say("my_dots", proposal.my_dots);
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = say("place_dot", proposal.title);
    button.addEventListener("click", () => vote(proposal.id));
    item.append(title, mine, button);
    list.appendChild(item);
    const point = proposal.geometry && (proposal.geometry.type === "Point" ? proposal.geometry.coordinates
      : proposal.geometry.type === "LineString" ? proposal.geometry.coordinates[0] : null);
    if (point && state.view) {
      const [x, y] = toPixel(point[0], point[1], state.view.zoom);
      const badge = document.createElement("div");
      badge.className = "badge";
      badge.setAttribute("aria-hidden", "true");
      badge.textContent = proposal.number;
      badge.style.left = x - state.view.offsetX + "px";
      badge.style.top = y - state.view.offsetY + "px";
      map.insertBefore(badge, $("marker"));
    }
  });
}

async function vote(id) {
  try {
    const result = await api("POST", "/api/votes", { proposal: id });
    $("dots-left").textContent = say("dots_left", result.dots_left);
    status(words.dot_added);
  } catch (error) {
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
  document.querySelectorAll("#questions select").forEach((select) => { answers[select.dataset.key] = select.value; });
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
    document.querySelectorAll(".tabs button").forEach((other) => {
      other.setAttribute("aria-pressed", String(other === tab));
      $(other.dataset.tab).hidden = other !== tab;
    });
    $("map").hidden = tab.dataset.tab === "vote-panel";
    if (tab.dataset.tab === "vote-panel") loadProposals();
  });
});

$("pin-panel").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!state.place) { status(words.no_place, true); return; }
  const feeling = document.querySelector("input[name=feeling]:checked");
  const body = {
    lon: state.place[0], lat: state.place[1], feeling: feeling ? feeling.value : "",
    reason_tags: Array.from(document.querySelectorAll("input[name=reason]:checked"), (input) => input.value),
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
  if (!state.place) { status(words.no_place, true); return; }
  const body = {
    geometry: { type: "Point", coordinates: state.place }, title: $("idea-title").value,
    principle: $("principle").value, intervention: $("intervention").value, description: $("description").value,
  };
  try {
    await api("POST", "/api/ideas", body);
    $("idea-panel").reset();
    status(words.idea_added);
  } catch (error) {
    status(error.message, true);
  }
});

const given = new URLSearchParams(location.search).get("code");
if (given) openRoom(given); else $("code-form").hidden = false;
