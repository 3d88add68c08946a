// kinema studio: plain JavaScript over the JSON API (docs/studio.md). No build step, no CDN.
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = { film: null, options: null, selected: null, job: null, source: null };
let lang = localStorage.getItem("kinema-ui-lang") || (navigator.language.startsWith("zh") ? "zh" : "en");

function t(key, vars) {
  let s = (window.STRINGS[lang] && window.STRINGS[lang][key]) || window.STRINGS.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace(`{${k}}`, v);
  return s;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function applyLang() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("#ui-lang").textContent = lang === "zh" ? "English" : "中文";
  if (state.film) showFilm(state.film);
}

async function api(method, url, body) {
  const init = { method, headers: {} };
  if (body === undefined && method === "POST") body = {};  // the server takes JSON or multipart only
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const r = await fetch(url, init);
  const data = r.headers.get("content-type")?.includes("json") ? await r.json() : null;
  if (!r.ok) {
    const d = data && data.detail;
    const msg = Array.isArray(d) ? d.map((x) => `${x.loc[x.loc.length - 1]}: ${x.msg}`).join("; ") : d || r.statusText;
    throw new Error(msg);
  }
  return data;
}

function say(text, bad) {
  const s = $("#status");
  s.textContent = text;
  s.classList.toggle("bad", !!bad);
}

// The picture size for a quality (short side) and an aspect, as the API's WxH.
function resolution(short, aspect) {
  const [w, h] = aspect.split(":").map(Number);
  const even = (x) => 2 * Math.round(x / 2);
  return w >= h ? `${even((short * w) / h)}x${short}` : `${short}x${even((short * h) / w)}`;
}

function shots(play) {
  return play.scenes.flatMap((sc) => sc.shots.map((s) => ({ ...s, scene: sc.id })));
}

function memberName(play, id) {
  const m = play.cast.find((c) => c.id === id);
  if (!m) return id;
  return (lang === "zh" ? m.name.zh || m.name.en : m.name.en || m.name.zh) || id;
}

async function loadFilms(select) {
  const films = await api("GET", "/api/films");
  const picker = $("#film-picker");
  picker.replaceChildren(el("option", { value: "", text: t("newFilm") }),
    ...films.map((f) => el("option", { value: f.id, text: `${f.title} · v${f.version}` })));
  if (select) picker.value = select;
}

async function openFilm(id) {
  const film = await api("GET", `/api/films/${id}`);
  showFilm(film);
  const last = film.renders.filter((r) => r.state === "done").pop();
  if (last) play(last.video);
  const live = film.renders.find((r) => r.state === "queued" || r.state === "running");
  if (live) follow(live.job_id);
}

function showFilm(film) {
  state.film = film;
  $("#film").hidden = false;
  $("#film-title").textContent = film.title;
  $("#film-version").textContent = `${t("version")} ${film.version}`;
  drawStrip(film);
  drawCast(film);
  drawSettings(film);
  drawVersions(film);
  drawDownloads(film);
  if (state.selected) {
    const s = shots(film.screenplay).find((x) => x.id === state.selected);
    if (s) openEditor(s.id, false);
    else closeEditor();
  }
}

function thumb(film, id, version) {
  return `/api/films/${film.id}/shots/${encodeURIComponent(id)}/thumb.png?version=${version || film.version}`;
}

function drawStrip(film) {
  const strip = $("#storyboard");
  const play = film.screenplay;
  strip.replaceChildren(...shots(play).map((s) => {
    const card = el("li", {
      role: "listitem", "aria-label": `${t("shot")} ${s.id}`, tabindex: "0", draggable: "true",
      class: "shot" + (s.id === state.selected ? " selected" : ""), "data-shot": s.id, "data-scene": s.scene,
      onclick: () => openEditor(s.id, true),
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openEditor(s.id, true); } },
    },
    el("img", { src: thumb(film, s.id), alt: `${t("shot")} ${s.id}: ${s.description || s.size}`, draggable: "false" }),
    el("div", { class: "meta" },
      el("strong", { text: s.id }),
      el("span", { class: "tag", text: s.size }),
      el("span", { class: "tag", text: s.move }),
      el("span", { class: "dur", text: `${+s.duration.toFixed(2)} ${t("s")}` })),
    el("div", { class: "subjects", text: s.subjects.map((x) => memberName(play, x)).join(", ") }),
    el("p", { class: "desc", text: s.description || s.title || "" }));
    card.addEventListener("dragstart", (e) => {
      e.dataTransfer.setData("text/plain", s.id);
      e.dataTransfer.effectAllowed = "move";
      card.classList.add("dragging");
    });
    card.addEventListener("dragend", () => card.classList.remove("dragging"));
    card.addEventListener("dragover", (e) => { e.preventDefault(); e.dataTransfer.dropEffect = "move"; card.classList.add("over"); });
    card.addEventListener("dragleave", () => card.classList.remove("over"));
    card.addEventListener("drop", (e) => {
      e.preventDefault();
      card.classList.remove("over");
      const moved = e.dataTransfer.getData("text/plain");
      if (moved && moved !== s.id) reorder(moved, s.id);
    });
    return card;
  }));
}

async function reorder(moved, before) {
  const ids = shots(state.film.screenplay).map((s) => s.id).filter((x) => x !== moved);
  const at = ids.indexOf(before);
  const old = shots(state.film.screenplay).map((s) => s.id);
  ids.splice(at + (old.indexOf(moved) < old.indexOf(before) ? 1 : 0), 0, moved);
  await edit("PUT", `/api/films/${state.film.id}/order`, { order: ids });
}

async function edit(method, url, body) {
  try {
    const film = await api(method, url, body);
    showFilm(film);
    say(t("saved", { n: film.version }));
    loadFilms(film.id);
    return film;
  } catch (e) {
    say(`${t("error")}: ${e.message}`, true);
    return null;
  }
}

function options(select, values, current) {
  select.replaceChildren(...values.map((v) => el("option", { value: v, text: v, selected: v === current })));
}

function openEditor(id, focus) {
  const play = state.film.screenplay;
  const s = shots(play).find((x) => x.id === id);
  state.selected = id;
  for (const c of document.querySelectorAll(".shot")) c.classList.toggle("selected", c.dataset.shot === id);
  $("#editor").hidden = false;
  $("#editor-h").textContent = `${t("editShot")} ${id}`;
  options($("#ed-size"), state.options.sizes, s.size);
  options($("#ed-move"), state.options.moves, s.move);
  $("#ed-duration").value = s.duration;
  $("#ed-description").value = s.description;
  $("#ed-subjects").replaceChildren(...play.cast.filter((m) => !inSky(m)).map((m) => el("label", { class: "check" },
    el("input", { type: "checkbox", value: m.id, checked: s.subjects.includes(m.id) }), ` ${memberName(play, m.id)}`)));
  if (focus) $("#ed-size").focus();
}

function closeEditor() {
  state.selected = null;
  $("#editor").hidden = true;
  for (const c of document.querySelectorAll(".shot")) c.classList.remove("selected");
}

function moveSelected(step) {
  const list = shots(state.film.screenplay);
  const i = list.findIndex((s) => s.id === state.selected);
  const j = i + step;
  if (j < 0 || j >= list.length || list[j].scene !== list[i].scene) return;
  const ids = list.map((s) => s.id);
  [ids[i], ids[j]] = [ids[j], ids[i]];
  edit("PUT", `/api/films/${state.film.id}/order`, { order: ids });
}

// A body the sky paints (plan/sky.py: ids "sky-"): listed, but nothing to dress or film.
const inSky = (m) => m.id.startsWith("sky-");

function drawCast(film) {
  const play = film.screenplay;
  $("#cast").replaceChildren(...play.cast.map((m) => {
    if (inSky(m)) {
      return el("div", { class: "member" }, el("div", { class: "who" },
        el("strong", { text: memberName(play, m.id) }), el("span", { class: "muted", text: t("skyBody") })));
    }
    const tint = el("input", { type: "color", id: `tint-${m.id}`, value: m.appearance.tint || "#888888" });
    const wear = m.appearance.clothing || {};
    const top = el("input", { type: "color", id: `top-${m.id}`, value: wear.top || m.appearance.tint || "#888888" });
    const bottom = el("input", { type: "color", id: `bottom-${m.id}`, value: wear.bottom || "#444444" });
    const hair = m.appearance.hair || {};
    const hairStyle = el("select", { id: `hairstyle-${m.id}` },
      ...["", ...((state.options && state.options.hair_styles) || [])].map((s) =>
        el("option", { value: s, text: s ? t(`hair_${s}`) : t("hairOwn") })));
    hairStyle.value = hair.style || "";
    const hairColour = el("input", { type: "color", id: `haircolour-${m.id}`, value: hair.colour || "#5b3a24" });
    const file = el("input", { type: "file", id: `img-${m.id}`, accept: "image/png,image/svg+xml" });
    const picture = el("img", { class: "avatar", alt: memberName(play, m.id),
      src: `/api/films/${film.id}/cast/${m.id}/picture?version=${film.version}` });
    return el("div", { class: "member" },
      el("div", { class: "who" }, picture, el("strong", { text: memberName(play, m.id) }),
        el("span", { class: "muted", text: m.archetype })),
      el("label", { for: tint.id, text: t("tint") }), tint,
      el("button", { type: "button", text: t("apply"),
        onclick: () => edit("PATCH", `/api/films/${film.id}/cast/${m.id}`, { tint: tint.value }) }),
      ...(m.archetype === "human" ? [
        el("label", { for: top.id, text: t("top") }), top,
        el("label", { for: bottom.id, text: t("bottom") }), bottom,
        el("button", { type: "button", text: t("apply"), "aria-label": `${t("apply")} ${t("clothing")}`,
          onclick: () => edit("PATCH", `/api/films/${film.id}/cast/${m.id}`,
                              { top: top.value, bottom: bottom.value }) }),
        el("label", { for: hairStyle.id, text: t("hairStyle") }), hairStyle,
        el("label", { for: hairColour.id, text: t("hairColour") }), hairColour,
        el("button", { type: "button", text: t("apply"), "aria-label": `${t("apply")} ${t("hair")}`,
          onclick: () => edit("PATCH", `/api/films/${film.id}/cast/${m.id}`,
                              { hair_style: hairStyle.value, hair_colour: hairColour.value }) })] : []),
      el("label", { for: file.id, class: "block", text: t("image") }), file,
      el("button", { type: "button", text: t("apply"), onclick: async () => {
        if (!file.files.length) return;
        const form = new FormData();
        form.append("file", file.files[0]);
        say(t("uploading"));
        await edit("POST", `/api/films/${film.id}/cast/${m.id}/image`, form);
      } }));
  }));
}

function drawSettings(film) {
  $("#settings").replaceChildren(...film.screenplay.scenes.map((sc) => {
    const pick = (what, values) => {
      const sel = el("select", { id: `${what}-${sc.id}` });
      options(sel, values, sc.setting[what]);
      return [el("label", { for: sel.id, text: t(what) }), sel];
    };
    const [pl, place] = pick("place", state.options.places);
    const [tl, time] = pick("time", state.options.times);
    const [wl, weather] = pick("weather", state.options.weathers);
    return el("fieldset", { class: "scene" }, el("legend", { text: `${t("scene")} ${sc.id}` }),
      el("div", { class: "grid" }, el("div", {}, pl, place), el("div", {}, tl, time), el("div", {}, wl, weather)),
      el("button", { type: "button", text: t("apply"), onclick: () => edit("PATCH",
        `/api/films/${film.id}/scenes/${sc.id}/setting`, { place: place.value, time: time.value, weather: weather.value }) }));
  }));
}

function drawVersions(film) {
  const list = $("#versions");
  list.replaceChildren(...film.versions.slice().reverse().map((v) => el("li", {},
    el("strong", { text: `v${v.n}` }), ` ${v.note} `,
    v.n === film.version ? el("span", { class: "badge", text: t("current") })
      : el("button", { type: "button", text: t("goBack"), "aria-label": `${t("goBack")} ${v.n}`,
        onclick: () => edit("POST", `/api/films/${film.id}/versions/${v.n}/restore`) }))));
  for (const [sel, pickN] of [["#cmp-a", Math.max(1, film.version - 1)], ["#cmp-b", film.version]]) {
    const keep = $(sel).value;
    $(sel).replaceChildren(...film.versions.map((v) => el("option", { value: v.n, text: `v${v.n}` })));
    $(sel).value = keep && +keep <= film.version ? keep : pickN;
  }
}

function compare() {
  const film = state.film;
  const side = (n) => {
    const done = film.renders.filter((r) => r.state === "done" && r.version === +n).pop();
    return el("figure", {},
      el("figcaption", { text: `${t("version")} ${n}` }),
      el("img", { src: `/api/films/${film.id}/storyboard.png?version=${n}`, alt: `${t("storyboard")} v${n}` }),
      done ? el("video", { src: `${done.video}#t=2`, controls: true, muted: true, preload: "auto",
        "aria-label": `${t("version")} ${n}` }) : el("p", { class: "muted", text: t("noRender") }));
  };
  $("#comparison").replaceChildren(side($("#cmp-a").value), side($("#cmp-b").value));
}

function drawDownloads(film) {
  const base = `/api/films/${film.id}`;
  const v = `?version=${film.version}`;
  const done = film.renders.filter((r) => r.state === "done").pop();
  const items = [
    done ? ["mp4", done.video] : null, ["yaml", `${base}/screenplay.yaml${v}`], ["pdf", `${base}/storyboard.pdf${v}`],
    ["png", `${base}/storyboard.png${v}`], ["otio", `${base}/timeline.otio${v}`], ["edl", `${base}/timeline.edl${v}`],
    ["fcpxml", `${base}/timeline.fcpxml${v}`], ["stems", `${base}/stems.zip${v}`],
  ].filter(Boolean);
  $("#downloads").replaceChildren(...items.map(([k, href]) => el("li", {}, el("a", { href, download: "", text: t(k) }))));
}

function play(src) {
  const video = $("#player");
  video.hidden = false;
  if (!video.src.endsWith(src)) video.src = src;
  video.play().catch(() => {});
}

function showJob(job) {
  $("#progress").value = job.progress;
  $("#shot-progress").replaceChildren(...job.shots.map((s) => el("li", { class: `chip ${s.state}` },
    el("strong", { text: s.id }), ` ${t(s.state)}`,
    s.state === "drawing" ? ` ${Math.round((100 * s.done) / Math.max(1, s.frames))}%` : "")));
  const words = { queued: t("queued"), running: t("running"), done: t("done"), failed: t("failed") }[job.state];
  const summary = job.state === "done" ? ` · ${t("reusedSummary", { r: job.shots_reused.length, n: job.shots_rendered.length })}` : "";
  $("#render-status").textContent = `${words}${summary}${job.error ? ` · ${job.error}` : ""}`;
}

function follow(jobId) {
  if (state.source) state.source.close();
  const source = new EventSource(`/api/jobs/${jobId}/events`);
  state.source = source;
  $("#render").disabled = true;
  source.addEventListener("progress", (e) => showJob(JSON.parse(e.data)));
  source.addEventListener("end", async (e) => {
    source.close();
    state.source = null;
    $("#render").disabled = false;
    const job = JSON.parse(e.data);
    showJob(job);
    const film = await api("GET", `/api/films/${job.film_id}`);
    showFilm(film);
    if (job.state === "done") play(job.video);
  });
}

async function makeFilm(e) {
  e.preventDefault();
  const aspect = $("#aspect").value;
  const body = {
    prompt: $("#prompt").value, duration: +$("#duration").value, aspect, lang: $("#lang").value,
    seed: +$("#seed").value, resolution: resolution(+$("#quality").value, aspect),
  };
  $("#make").disabled = true;
  say(t("planning"));
  try {
    const film = await api("POST", "/api/films", body);
    $("#notes").replaceChildren(...film.notes.map((n) => el("li", { text: n })));
    state.selected = null;
    closeEditor();
    $("#player").hidden = true;
    $("#player").removeAttribute("src");
    $("#shot-progress").replaceChildren();
    $("#render-status").textContent = "";
    $("#progress").value = 0;
    await openFilm(film.id);
    await loadFilms(film.id);
    say(`${t("made")}: ${film.title}`);
  } catch (err) {
    say(`${t("error")}: ${err.message}`, true);
  } finally {
    $("#make").disabled = false;
  }
}

async function init() {
  state.options = await api("GET", "/api/options");
  applyLang();
  await loadFilms();
  $("#make-form").addEventListener("submit", makeFilm);
  $("#ui-lang").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    localStorage.setItem("kinema-ui-lang", lang);
    applyLang();
  });
  $("#film-picker").addEventListener("change", (e) => {
    if (e.target.value) openFilm(e.target.value);
    else { $("#film").hidden = true; state.film = null; }
  });
  $("#shot-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const subjects = [...document.querySelectorAll("#ed-subjects input:checked")].map((x) => x.value);
    const now = shots(state.film.screenplay).find((x) => x.id === state.selected);
    const asked = {
      size: $("#ed-size").value, move: $("#ed-move").value, duration: +$("#ed-duration").value,
      description: $("#ed-description").value, subjects,
    };
    // Only what changed: the version's note then says what the director did.
    const body = Object.fromEntries(Object.entries(asked).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(now[k])));
    if (Object.keys(body).length) edit("PATCH", `/api/films/${state.film.id}/shots/${state.selected}`, body);
  });
  $("#ed-close").addEventListener("click", closeEditor);
  $("#ed-earlier").addEventListener("click", () => moveSelected(-1));
  $("#ed-later").addEventListener("click", () => moveSelected(1));
  $("#ed-insert").addEventListener("click", () => edit("POST", `/api/films/${state.film.id}/shots`, { after: state.selected }));
  $("#ed-delete").addEventListener("click", async () => {
    const gone = state.selected;
    state.selected = null;
    const film = await edit("DELETE", `/api/films/${state.film.id}/shots/${gone}`);
    if (!film) state.selected = gone;
    else closeEditor();
  });
  $("#render").addEventListener("click", async () => {
    try {
      const { job_id: jobId } = await api("POST", `/api/films/${state.film.id}/renders`);
      follow(jobId);
    } catch (err) {
      say(`${t("error")}: ${err.message}`, true);
    }
  });
  $("#compare").addEventListener("click", compare);
}

document.addEventListener("DOMContentLoaded", init);
