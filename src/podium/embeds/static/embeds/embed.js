/* Podium embeds: puts a view after its own script tag, into <podium-schedule> elements and
   into Sessionize loader divs (each in a shadow root), and enhances the iframe page; then
   day tabs, filters, dialogs and the switch to the viewer's time zone. */
(function (w, d) {
  "use strict";
  if (w.podiumEmbed) { return; }
  var CSS = "__EMBED_STYLESHEET__";
  var script = d.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : w.location.origin;
  var inFrame = w.parent !== w;
  var hashUsed = false; // only the first embed holding it opens the page's #podium-...
  var FOCUSABLE = "a[href],button:not([hidden]),input,select,[tabindex]:not([tabindex='-1'])";

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }

  function fill(host, html) {
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    root.innerHTML = "<style>" + CSS + "</style>" + html;
    var embed = root.querySelector(".podium-embed");
    if (embed) { enhance(embed, root); }
  }

  function place(tag, html) {
    var host = d.createElement("div");
    host.className = "podium-host";
    if (tag && tag.parentNode) { tag.parentNode.insertBefore(host, tag.nextSibling); }
    else { d.body.appendChild(host); }
    fill(host, html);
    loaders();
  }

  function load(host, address) {
    var url = new URL(address, d.baseURI);
    url.searchParams.set("under", "True");
    fetch(url.href).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.text();
    }).then(function (html) { fill(host, html); }, function (error) {
      var root = host.shadowRoot || host.attachShadow({ mode: "open" });
      root.textContent = "The program could not be loaded (" + error.message + ").";
    });
  }

  function loaders() {
    all(d, ".sessionize-loader[data-sessionize-load-url]").forEach(function (div) {
      if (div.podiumLoading) { return; }
      div.podiumLoading = true;
      load(div, div.getAttribute("data-sessionize-load-url"));
    });
  }

  function enhance(embed, root) {
    if (embed.podiumReady) { return; }
    embed.podiumReady = true;
    embed.classList.add("podium-js");
    tabs(embed);
    filters(embed);
    zone(embed);
    dialogs(embed, root);
  }

  function tabs(embed) {
    var list = embed.querySelector(".podium-tabs");
    if (!list) { return; }
    var buttons = all(list, "[role=tab]");
    list.hidden = false;
    function select(button, focus) {
      buttons.forEach(function (other) {
        var on = other === button;
        var panel = embed.querySelector("#" + other.getAttribute("aria-controls"));
        other.setAttribute("aria-selected", on ? "true" : "false");
        other.tabIndex = on ? 0 : -1;
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", other.id);
        panel.hidden = !on;
      });
      if (focus) { button.focus(); }
    }
    buttons.forEach(function (button, index) {
      button.addEventListener("click", function () { select(button, false); });
      button.addEventListener("keydown", function (event) {
        var keys = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 };
        if (!(event.key in keys)) { return; }
        event.preventDefault();
        select(buttons[(keys[event.key] + buttons.length) % buttons.length], true);
      });
    });
    select(buttons[0], false);
  }

  function filters(embed) {
    var box = embed.querySelector(".podium-filters");
    if (!box) { return; }
    var search = box.querySelector(".podium-search");
    var selects = all(box, ".podium-category");
    var count = box.querySelector(".podium-count");
    var items = all(embed, ".podium-list > li");
    box.hidden = false;
    function apply() {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute("data-search");
        var own = " " + item.getAttribute("data-items") + " ";
        var match = words.every(function (word) { return text.indexOf(word) >= 0; }) &&
          selects.every(function (s) { return !s.value || own.indexOf(" " + s.value + " ") >= 0; });
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      all(embed, ".podium-group").forEach(function (group) {
        group.hidden = !group.querySelector(".podium-list > li:not([hidden])");
      });
      count.textContent = shown + " / " + items.length + " " + embed.getAttribute("data-label-count");
    }
    search.addEventListener("input", apply);
    selects.forEach(function (select) { select.addEventListener("change", apply); });
  }

  function zone(embed) {
    var button = embed.querySelector(".podium-zone");
    var eventZone = embed.getAttribute("data-zone");
    var mine = w.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!button || !mine || mine === eventZone) { return; }
    var note = embed.querySelector(".podium-zone-text");
    var noteText = note.textContent;
    var format = new Intl.DateTimeFormat(embed.getAttribute("lang"), {
      hour: "numeric", minute: "2-digit", timeZone: mine,
      hour12: embed.getAttribute("data-clock") === "12h"
    });
    var local = false;
    button.hidden = false;
    button.addEventListener("click", function () {
      local = !local;
      all(embed, "time[datetime]").forEach(function (time) {
        if (time.podiumEvent === undefined) { time.podiumEvent = time.textContent; }
        time.textContent = local ? format.format(new Date(time.getAttribute("datetime"))) : time.podiumEvent;
      });
      note.textContent = local ? noteText.replace(eventZone, mine) : noteText;
      button.textContent = embed.getAttribute(local ? "data-label-event" : "data-label-mine");
    });
  }

  function dialogs(embed, root) {
    var details = embed.querySelector(".podium-details");
    var dialog = d.createElement("dialog");
    var close = d.createElement("button");
    var shown = null;
    var opener = null;
    dialog.className = "podium-dialog";
    close.type = "button";
    close.className = "podium-close";
    close.textContent = embed.getAttribute("data-label-close");
    dialog.appendChild(close);
    embed.appendChild(dialog);

    function open(id, from) {
      var article = null;
      all(details, ".podium-detail").forEach(function (a) { if (a.id === id) { article = a; } });
      if (!article && shown && shown.id === id) { article = shown; }
      if (!article) { return false; }
      if (shown && shown !== article) { details.appendChild(shown); }
      shown = article;
      dialog.appendChild(article);
      dialog.setAttribute("aria-labelledby", article.getAttribute("aria-labelledby"));
      if (!dialog.open) {
        opener = from || root.activeElement;
        if (inFrame && opener && opener.getBoundingClientRect) {
          dialog.style.marginTop = Math.max(8, opener.getBoundingClientRect().top - 60) + "px";
        }
        dialog.showModal();
      }
      dialog.scrollTop = 0;
      close.focus();
      w.history.replaceState(null, "", "#" + id);
      return true;
    }
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) { dialog.close(); }
    });
    dialog.addEventListener("close", function () {
      if (shown) { details.appendChild(shown); shown = null; }
      w.history.replaceState(null, "", w.location.pathname + w.location.search);
      if (opener && opener.focus) { opener.focus(); }
    });
    dialog.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") { return; }
      var items = all(dialog, FOCUSABLE).filter(function (e) { return e.getClientRects().length; });
      var first = items[0];
      var last = items[items.length - 1];
      if (event.shiftKey && root.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && root.activeElement === last) { event.preventDefault(); first.focus(); }
    });
    embed.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#podium-']");
      if (link && open(link.getAttribute("href").slice(1), dialog.open ? null : link)) {
        event.preventDefault();
      }
    });
    function fromAddress() {
      var id = decodeURIComponent(w.location.hash.slice(1));
      if (id.indexOf("podium-") === 0 && !hashUsed && open(id, null)) { hashUsed = true; }
    }
    w.addEventListener("hashchange", function () { hashUsed = false; fromAddress(); });
    fromAddress();
  }

  function resizeReporter(embed) {
    function report() {
      w.parent.postMessage({ podium: "resize", height: d.documentElement.scrollHeight }, "*");
    }
    if (w.ResizeObserver) { new ResizeObserver(report).observe(embed); }
    w.addEventListener("load", report);
    report();
  }

  w.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.podium !== "resize" || typeof data.height !== "number") { return; }
    all(d, "iframe").forEach(function (frame) {
      if (frame.contentWindow === event.source) { frame.style.height = Math.ceil(data.height) + "px"; }
    });
  });

  if (w.customElements && !w.customElements.get("podium-schedule")) {
    w.customElements.define("podium-schedule", class extends HTMLElement {
      static get observedAttributes() { return ["endpoint", "view"]; }
      connectedCallback() { this.render(); }
      attributeChangedCallback() { if (this.isConnected) { this.render(); } }
      render() {
        var endpoint = this.getAttribute("endpoint");
        if (!endpoint) { return; }
        var view = this.getAttribute("view") || "GridSmart";
        load(this, origin + "/api/v2/" + encodeURIComponent(endpoint) + "/view/" +
          encodeURIComponent(view));
      }
    });
  }

  w.podiumEmbed = { place: place, fill: fill, load: load };
  function start() {
    all(d, ".podium-embed").forEach(function (embed) {
      enhance(embed, d);
      if (inFrame && d.body.hasAttribute("data-podium-page")) { resizeReporter(embed); }
    });
    loaders();
  }
  if (d.readyState === "loading") { d.addEventListener("DOMContentLoaded", start); }
  else { start(); }
})(window, document);
