// Podium schedule editor: lays out the server-rendered grid, and saves drags, resizes
// and the keyboard form through the place endpoint, then shows the server's new grid.
"use strict";

(() => {
  const PX = 2; // pixels per minute, as schedule.css draws the lines
  const form = document.getElementById("place-form");
  const status = document.getElementById("schedule-status");
  if (!form) return;
  const snap = () => Number(form.dataset.snap);
  const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const option = (id) => form.querySelector(`#place-session option[value="${id}"]`);

  function layout() {
    for (const day of document.querySelectorAll(".day")) {
      const first = Number(day.dataset.first);
      const height = `${(Number(day.dataset.last) - first) * PX}px`;
      for (const column of day.querySelectorAll(".lane, .hours")) column.style.height = height;
      for (const label of day.querySelectorAll(".hours span")) {
        label.style.top = `${(Number(label.dataset.minute) - first) * PX}px`;
      }
      for (const block of day.querySelectorAll(".lane .block")) {
        const { start, end, track, tracks } = block.dataset;
        block.style.top = `${(start - first) * PX}px`;
        block.style.height = `${Math.max(end - start, snap()) * PX}px`;
        block.style.left = `calc(${(100 * track) / tracks}% + 2px)`;
        block.style.width = `calc(${100 / tracks}% - 4px)`;
      }
    }
  }

  function say(text, kind) {
    status.textContent = text;
    status.className = `schedule-status ${kind}`;
  }

  // The server's grid after a change: one renderer, the template, for both.
  async function refresh(focusId) {
    const page = await fetch(window.location.href, { headers: { Accept: "text/html" } });
    const html = new DOMParser().parseFromString(await page.text(), "text/html");
    for (const part of document.querySelectorAll("[data-refresh]")) {
      part.replaceWith(html.getElementById(part.id));
    }
    const select = form.querySelector("#place-session");
    const chosen = select.value;
    select.innerHTML = html.getElementById("place-session").innerHTML;
    select.value = chosen;
    form.elements.version.value = chosen ? option(chosen).dataset.version : "";
    layout();
    const block = focusId && document.querySelector(`.block[data-session="${focusId}"]`);
    if (block) block.focus();
  }

  async function place(fields, focusId) {
    const body = new FormData();
    body.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    body.append("version", option(fields.session).dataset.version);
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    let text = "Not saved: the server could not be reached. The grid shows the last saved state.";
    let kind = "error";
    try {
      const response = await fetch(form.getAttribute("action"), {
        method: "POST", body, headers: { Accept: "application/json" },
      });
      const answer = await response.json();
      [text, kind] = [answer.message, answer.ok ? "ok" : "error"];
    } finally {
      await refresh(focusId); // the grid as saved, also after a refusal
      say(text, kind);
    }
  }

  // Where on a lane the pointer is, as a start minute on the grid.
  function minuteAt(lane, clientY, grab) {
    const day = lane.closest(".day");
    const offset = (clientY - lane.getBoundingClientRect().top) / PX - grab;
    const minute = Number(day.dataset.first) + Math.round(offset / snap()) * snap();
    return Math.min(Math.max(minute, 0), 24 * 60 - snap());
  }

  function mark(lane, minute) {
    let marker = lane.querySelector(".dropmark");
    if (!marker) {
      marker = document.createElement("div");
      marker.className = "dropmark";
      lane.appendChild(marker);
    }
    marker.style.top = `${(minute - Number(lane.closest(".day").dataset.first)) * PX}px`;
    marker.textContent = clock(minute);
  }

  function unmark() {
    for (const marker of document.querySelectorAll(".dropmark")) marker.remove();
    for (const over of document.querySelectorAll(".over")) over.classList.remove("over");
  }

  // Dragging a block: pointer events (mouse, pen or touch); a ghost follows the pointer
  // and the lane under it shows the snapped start.
  function targetAt(x, y) {
    const under = document.elementFromPoint(x, y);
    return under && under.closest(".lane, .unplaced");
  }

  document.addEventListener("pointerdown", (down) => {
    const block = down.target.closest && down.target.closest(".block[data-session]");
    if (!block || down.button !== 0 || down.target.closest(".grip")) return;
    const box = block.getBoundingClientRect();
    const grab = block.closest(".lane") ? (down.clientY - box.top) / PX : 0;
    let ghost = null;
    const move = (moved) => {
      if (!ghost) {
        if (Math.hypot(moved.clientX - down.clientX, moved.clientY - down.clientY) < 4) return;
        ghost = block.cloneNode(true);
        ghost.classList.add("ghost");
        ghost.style.width = `${box.width}px`;
        ghost.style.height = `${box.height}px`;
        document.body.appendChild(ghost);
        block.classList.add("dragging");
      }
      moved.preventDefault();
      // Near the window's edge the page scrolls, so far rooms and hours stay reachable.
      if (moved.clientY < 40) window.scrollBy(0, -20);
      else if (moved.clientY > window.innerHeight - 40) window.scrollBy(0, 20);
      ghost.style.left = `${moved.clientX - (down.clientX - box.left)}px`;
      ghost.style.top = `${moved.clientY - (down.clientY - box.top)}px`;
      unmark();
      const target = targetAt(moved.clientX, moved.clientY);
      if (!target) return;
      target.classList.add("over");
      if (target.classList.contains("lane")) mark(target, minuteAt(target, moved.clientY, grab));
    };
    const up = (lifted) => {
      document.removeEventListener("pointermove", move);
      document.removeEventListener("pointerup", up);
      unmark();
      block.classList.remove("dragging");
      if (!ghost) return;
      ghost.remove();
      const target = targetAt(lifted.clientX, lifted.clientY);
      if (target) drop(block.dataset.session, target, minuteAt(target, lifted.clientY, grab));
    };
    document.addEventListener("pointermove", move);
    document.addEventListener("pointerup", up);
  });

  function drop(id, target, minute) {
    if (!target.classList.contains("lane")) {
      place({ session: id, action: "unschedule" }, null);
      return;
    }
    place({
      session: id,
      action: "place",
      room: target.dataset.room,
      day: target.closest(".day").dataset.day,
      start: clock(minute),
      length: option(id).dataset.length,
    }, id);
  }

  // Resizing: drag the lower edge; the length snaps as the pointer moves.
  document.addEventListener("pointerdown", (event) => {
    const grip = event.target.closest && event.target.closest(".lane .grip");
    if (!grip) return;
    event.preventDefault(); // no text selection
    const block = grip.closest(".block");
    const start = Number(block.dataset.start);
    const top = block.getBoundingClientRect().top;
    let length = Number(block.dataset.end) - start;
    block.classList.add("resizing");
    const move = (moved) => {
      const raw = (moved.clientY - top) / PX;
      length = Math.min(Math.max(Math.round(raw / snap()) * snap(), snap()), 24 * 60 - start);
      block.style.height = `${length * PX}px`;
      block.querySelector("small").textContent = `${clock(start)}–${clock(start + length)}`;
    };
    const up = () => {
      document.removeEventListener("pointermove", move);
      document.removeEventListener("pointerup", up);
      const at = option(block.dataset.session).dataset;
      place({
        session: block.dataset.session, action: "place", room: at.room, day: at.day,
        start: at.start, length,
      }, block.dataset.session);
    };
    document.addEventListener("pointermove", move);
    document.addEventListener("pointerup", up);
  });

  // Keyboard: Enter or Space on a block picks it into the form, which then places it.
  function pick(id) {
    const select = form.querySelector("#place-session");
    select.value = id;
    fill();
    for (const picked of document.querySelectorAll(".picked")) picked.classList.remove("picked");
    const block = document.querySelector(`.block[data-session="${id}"]`);
    if (block) block.classList.add("picked");
    say(`Picked “${select.selectedOptions[0].textContent}”: choose a room and a time, then Place.`, "info");
    form.querySelector("#place-room").focus();
  }

  function fill() {
    const chosen = form.querySelector("#place-session").value;
    if (!chosen) return;
    const at = option(chosen).dataset;
    form.elements.version.value = at.version;
    form.elements.room.value = at.room;
    if (at.day && form.querySelector(`#place-day option[value="${at.day}"]`)) form.elements.day.value = at.day;
    if (at.start) form.elements.start.value = at.start;
    form.querySelector("#place-length").value = at.length; // not elements.length: the count
  }

  document.addEventListener("keydown", (event) => {
    const block = event.target.closest && event.target.closest(".block[data-session]");
    if (!block || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    pick(block.dataset.session);
  });

  form.querySelector("#place-session").addEventListener("change", fill);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const action = event.submitter ? event.submitter.value : "place";
    const fields = { session: data.get("session"), action };
    if (!fields.session) {
      say("Choose a session first.", "error");
      return;
    }
    if (action === "place") {
      for (const key of ["room", "day", "start", "length"]) fields[key] = data.get(key);
    }
    place(fields, fields.session);
  });

  layout();
})();
