/* Reviewer workspace: keyboard shortcuts, autosave, claim tooltips and the panel. No build step.
 *
 * Article text never passes through innerHTML here: tooltips clone server-escaped nodes.
 */
(function () {
  "use strict";

  var AUTOSAVE_MS = 700;
  var saveTimer = null;

  // 400/403/404/409 carry a panel or section that explains what happened: swap them in.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "(400|403|404|409)", swap: true, error: false },
      { code: "[45]..", swap: false, error: true },
    ];
    htmx.config.defaultFocusScroll = false;
    htmx.config.historyCacheSize = 0;
  }

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  function toast(message) {
    var el = $("#toast");
    if (!el) return;
    el.textContent = message;
    el.hidden = false;
    clearTimeout(el._timer);
    el._timer = setTimeout(function () { el.hidden = true; }, 6000);
  }

  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    if (tag === "textarea" || tag === "select" || target.isContentEditable) return true;
    if (tag === "input") {
      var type = (target.type || "text").toLowerCase();
      return ["radio", "checkbox", "button", "submit", "reset"].indexOf(type) === -1;
    }
    return false;
  }

  // --- autosave of the review form -------------------------------------------------------------

  function reviewForm() { return $("#review-form"); }

  function setStatus(text) {
    var status = $("#save-status");
    if (status) status.textContent = text;
  }

  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = null;
    var form = reviewForm();
    if (!form || !form.dataset.dirty) return;
    delete form.dataset.dirty;
    setStatus("Saving…");
    htmx.trigger(form, "save");
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#review-form");
    if (!form || event.target.type === "radio") return;
    form.dataset.dirty = "1";
    setStatus("Unsaved changes…");
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, AUTOSAVE_MS);
  });

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("#review-form");
    if (!form) return;
    if (event.target.type === "radio") {
      form.dataset.dirty = "1";
      saveNow();
    } else if (form.dataset.dirty) {
      saveNow();
    }
  });

  // A pending autosave goes out before any other request of the panel (actions include the form anyway).
  document.addEventListener("htmx:configRequest", function (event) {
    var form = reviewForm();
    var elt = event.detail.elt;
    if (!form || !form.dataset.dirty || elt === form || !elt.closest("#panel")) return;
    if (elt.getAttribute("hx-include") === "#review-form") {
      clearTimeout(saveTimer); // the action sends the form's values and saves them first
      delete form.dataset.dirty;
    } else {
      saveNow();
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    toast("The server could not do that (" + event.detail.xhr.status + "). Nothing was lost: try again.");
  });
  document.addEventListener("htmx:sendError", function () {
    toast("No connection to the server. Your text is still here; try again in a moment.");
  });

  // --- claims in the article ---------------------------------------------------------------------

  function reader() { return $(".reader"); }

  function navigable() {
    var root = reader();
    if (root) return $all(".claim[data-nav]", root);
    return $all("[data-nav-list] [data-nav]");
  }

  function currentClaim() { return $(".reader .claim.current"); }

  function markCurrent(el) {
    $all(".reader .claim.current").forEach(function (c) {
      c.classList.remove("current");
      c.removeAttribute("aria-current");
    });
    el.classList.add("current");
    el.setAttribute("aria-current", "true");
  }

  function openClaim(el, options) {
    var root = reader();
    if (!root || !el) return;
    markCurrent(el);
    var id = el.dataset.claim;
    var url = root.dataset.panelUrl.replace("/0/", "/" + id + "/");
    var pending = reviewForm();
    if (pending && pending.dataset.dirty) saveNow();
    htmx.ajax("GET", url, { target: "#panel", swap: "innerHTML" });
    history.replaceState(null, "", root.dataset.readerUrl + "?claim=" + id);
    if (!options || options.focus !== false) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  document.addEventListener("click", function (event) {
    var el = event.target.closest && event.target.closest(".reader .claim");
    if (!el || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    openClaim(el, { focus: true });
  });

  function move(step) {
    var items = navigable();
    if (!items.length) return;
    var active = document.activeElement;
    var index = items.indexOf(active);
    if (index === -1 && reader()) index = items.indexOf(currentClaim());
    var next = index === -1 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + step));
    if (reader()) {
      openClaim(items[next]);
    } else {
      items[next].focus();
      items[next].scrollIntoView({ block: "nearest" });
    }
  }

  // --- tooltip (hover or focus) ------------------------------------------------------------------

  var tooltip = null;

  function showTip(el) {
    tooltip = tooltip || $("#tooltip");
    var source = document.getElementById("tip-" + el.dataset.claim);
    if (!tooltip || !source) return;
    tooltip.replaceChildren.apply(tooltip, $all(":scope > *", source).map(function (n) { return n.cloneNode(true); }));
    tooltip.hidden = false;
    var rect = el.getBoundingClientRect();
    var rects = el.getClientRects();
    var first = rects.length ? rects[0] : rect;
    var width = tooltip.offsetWidth;
    var left = Math.min(Math.max(8, first.left), window.innerWidth - width - 8);
    var top = first.top - tooltip.offsetHeight - 8;
    if (top < 8) top = rect.bottom + 8;
    tooltip.style.left = left + window.scrollX + "px";
    tooltip.style.top = top + window.scrollY + "px";
  }

  function hideTip() { if (tooltip) tooltip.hidden = true; }

  document.addEventListener("mouseover", function (event) {
    var el = event.target.closest && event.target.closest(".reader .claim");
    if (el) showTip(el);
  });
  document.addEventListener("mouseout", function (event) {
    var el = event.target.closest && event.target.closest(".reader .claim");
    if (el && !el.contains(event.relatedTarget)) hideTip();
  });
  document.addEventListener("focusin", function (event) {
    var el = event.target.closest && event.target.closest(".reader .claim");
    if (el) showTip(el); else hideTip();
  });
  window.addEventListener("scroll", hideTip, { passive: true });

  // --- shortcuts ---------------------------------------------------------------------------------

  function toggleHelp() {
    var dialog = $("#shortcuts");
    if (!dialog) return;
    if (dialog.open) dialog.close(); else dialog.showModal();
  }

  function clickAction(name) {
    var button = $('#panel button[data-action="' + name + '"]');
    if (button && !button.disabled) { button.click(); return true; }
    return false;
  }

  // Workflow steps with a key, from the workflow table (rendered by the base template).
  var stepKeys = null;
  function workflowKeys() {
    if (stepKeys === null) {
      var data = document.getElementById("workflow-shortcuts");
      stepKeys = data ? JSON.parse(data.textContent) : {};
    }
    return stepKeys;
  }

  function runStep(step) {
    if (!clickAction(step.action)) toast(step.label + " is not available for this claim now.");
  }

  function pickRating(n) {
    var input = $('#review-form input[name="verdict"][data-key="' + n + '"]');
    if (!input) return;
    if (input.disabled) { toast("You cannot change the verdict of this claim now."); return; }
    input.click();
  }

  function openEvidence() {
    var box = $("#evidence-add");
    if (!box) { toast("Evidence cannot be added to this claim now."); return; }
    box.open = true;
    var url = $('input[name="url"]', box);
    if (url) url.focus();
  }

  function focusField(selector, message) {
    var field = $(selector);
    if (field && !field.disabled && !field.closest("fieldset[disabled]")) { field.focus(); return; }
    toast(message);
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (event.key === "Escape") {
      hideTip();
      if (isTyping(target)) {
        target.blur();
        saveNow();
        var current = currentClaim();
        if (current) current.focus({ preventScroll: true });
      }
      return;
    }
    if (isTyping(target)) return;
    var dialog = $("#shortcuts");
    if (dialog && dialog.open && event.key !== "?") return;
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "?": toggleHelp(); break;
      case "e": if (reader()) openEvidence(); else handled = false; break;
      case "r": focusField("#rationale", "The rationale cannot be edited now."); break;
      case "c": focusField("#comment-body", "Comments are not open to you here."); break;
      default:
        if (/^[1-9]$/.test(event.key) && reader()) pickRating(event.key);
        else if (workflowKeys()[event.key]) runStep(workflowKeys()[event.key]);
        else handled = false;
    }
    if (handled) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-shortcuts]")) toggleHelp();
    var keep = event.target.closest && event.target.closest("[data-dismiss-conflict]");
    if (keep) {
      var box = $("#conflict");
      if (box) box.remove();
    }
  });

  // After the panel is replaced, keep the keyboard user oriented.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "panel") {
      var active = document.activeElement;
      if (!active || active === document.body || !document.body.contains(active)) {
        var alert = $("#panel .alert");
        var title = $("#panel-title");
        (alert || title) && (alert || title).setAttribute("tabindex", "-1");
        (alert || title) && (alert || title).focus({ preventScroll: true });
      }
      var claim = $("#panel .panel-inner");
      if (claim) {
        var link = document.getElementById("claim-" + claim.dataset.claim);
        if (link) markCurrent(link);
      }
    }
    if (event.detail.target && event.detail.target.id === "evidence") {
      var invalid = $('#evidence [aria-invalid="true"]');
      if (invalid) invalid.focus();
    }
  });

  // Open the current claim's panel scroll position on first load.
  document.addEventListener("DOMContentLoaded", function () {
    var current = currentClaim();
    if (current) current.scrollIntoView({ block: "center" });
  });
})();
