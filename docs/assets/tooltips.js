/* Tooltips on demand, in the theme's own markup (.md-tooltip2) and styles.
 *
 * Why not the theme's content.tooltips and content.footnote.tooltips: they build one tooltip component for every
 * element with a title and every citation marker when a page loads, each with its own hover, focus and scroll
 * watchers. A page of this site has up to 90 of them, and setting them up was the largest share of the time a
 * phone's main thread was blocked at load (measured with Lighthouse: see HACKING.md, "Main-thread time on a
 * phone"). Here a few listeners on the document do the same work, only for the element a reader points at or
 * moves to:
 *
 * - an element with a title in the content (abbreviations, people and places, status badges) shows its title
 *   below it, as a non-interactive tooltip (role="tooltip", aria-describedby);
 * - a citation marker shows its source entry above or below it, whichever has more room, as a small dialog the
 *   pointer can move into to follow its links (role="dialog", aria-controls, aria-haspopup);
 * - it stays while the pointer is over the host or the tooltip, or while the host has focus; it goes 250 ms after
 *   both are left, at once on Escape (WCAG 1.4.13), and when instant navigation loads another page.
 *
 * Without JavaScript, the title stays a native tooltip and a citation marker is a link to its source entry.
 */
(function () {
  "use strict";
  if (window.__siteTooltips) return;   // once per document, whatever loads this file again
  window.__siteTooltips = true;

  var HOSTS = ".md-content [title]:not([data-preview]), .md-sidebar abbr[title], .md-content a.footnote-ref";
  var HIDE_AFTER_MS = 250;

  var sequence = 0;
  var current = null;   // {host, node, dialog, title}: the one tooltip shown
  var hideTimer = 0;
  var hovered = false;  // the pointer is over the host or the tooltip

  function hostOf(target) {
    return target && target.closest ? target.closest(HOSTS) : null;
  }

  function inside(target) {
    return !!(current && target && (current.host.contains(target) || current.node.contains(target)));
  }

  function build(host) {
    var node = document.createElement("div");
    var inner = document.createElement("div");
    node.className = "md-tooltip2";
    node.id = "__tooltip2_" + sequence++;
    inner.className = "md-tooltip2__inner md-typeset";
    node.appendChild(inner);
    if (host.matches("a.footnote-ref")) {
      var entry = document.getElementById(decodeURIComponent(host.hash.slice(1)));
      if (!entry) return null;
      node.setAttribute("role", "dialog");
      Array.prototype.forEach.call(entry.children, function (child) { inner.appendChild(child.cloneNode(true)); });
      return { host: host, node: node, dialog: true, title: null };
    }
    var title = host.getAttribute("title");
    if (!title) return null;
    node.setAttribute("role", "tooltip");
    inner.textContent = title;
    host.removeAttribute("title");   // no native tooltip on top of this one
    return { host: host, node: node, dialog: false, title: title };
  }

  /* The same geometry as the theme's mountTooltip2: the host's offset in the document, and where the tail points */
  function place(tip) {
    var rect = tip.host.getBoundingClientRect();
    var style = tip.node.style;
    var x = rect.width / 2, y;
    style.setProperty("--md-tooltip-host-x", rect.left + window.scrollX + "px");
    style.setProperty("--md-tooltip-host-y", rect.top + window.scrollY + "px");
    if (!tip.dialog) {
      y = 8 + rect.height;
      style.setProperty("--md-tooltip-width", tip.node.firstChild.getBoundingClientRect().width + "px");
      style.setProperty("--md-tooltip-tail", "0px");
    } else if (rect.top >= window.innerHeight / 2) {
      y = -16 - tip.node.getBoundingClientRect().height;
    } else {
      y = 16 + rect.height;
    }
    style.setProperty("--md-tooltip-x", x + "px");
    style.setProperty("--md-tooltip-y", y + "px");
    tip.node.classList.toggle("md-tooltip2--top", y < 0);
    tip.node.classList.toggle("md-tooltip2--bottom", y >= 0);
  }

  function hide() {
    clearTimeout(hideTimer);
    if (!current) return;
    var tip = current;
    current = null;
    if (tip.dialog) {
      tip.host.removeAttribute("aria-controls");
      tip.host.removeAttribute("aria-haspopup");
    } else {
      tip.host.removeAttribute("aria-describedby");
      tip.host.setAttribute("title", tip.title);
    }
    tip.node.classList.remove("md-tooltip2--active");
    setTimeout(function () { tip.node.remove(); }, HIDE_AFTER_MS);   // after the theme's fade-out
  }

  function show(host) {
    clearTimeout(hideTimer);
    if (current && current.host === host) return;
    hide();
    var tip = build(host);
    if (!tip) return;
    current = tip;
    document.body.appendChild(tip.node);
    if (tip.dialog) {
      host.setAttribute("aria-controls", tip.node.id);
      host.setAttribute("aria-haspopup", "dialog");
    } else {
      host.setAttribute("aria-describedby", tip.node.id);
    }
    place(tip);
    requestAnimationFrame(function () {   // added first, then shown: the theme's transition plays
      if (current === tip) tip.node.classList.add("md-tooltip2--active");
    });
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (current && !hovered && current.host !== document.activeElement) hide();
    }, HIDE_AFTER_MS);
  }

  document.addEventListener("mouseover", function (event) {
    var host = hostOf(event.target);
    if (host) show(host);
    hovered = inside(event.target);
    if (hovered) clearTimeout(hideTimer);
  });
  document.addEventListener("mouseout", function (event) {
    if (current && inside(event.target) && !inside(event.relatedTarget)) {
      hovered = false;
      hideSoon();
    }
  });
  document.addEventListener("focusin", function (event) {
    var host = hostOf(event.target);
    if (host) show(host);
    else if (!inside(event.target)) hide();
  });
  document.addEventListener("focusout", function (event) {
    if (current && current.host === event.target && !inside(event.relatedTarget)) hideSoon();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) hide();
  });
  window.addEventListener("scroll", function () { if (current) place(current); }, { capture: true, passive: true });
  window.addEventListener("resize", function () { if (current) place(current); }, { passive: true });

  /* Instant navigation swaps the page's content under the same document: drop a tooltip left from the last page */
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(hide);
})();
