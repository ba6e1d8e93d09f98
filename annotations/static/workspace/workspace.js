/* Reviewer workspace: keyboard shortcuts, autosave, claim tooltips, the panel and corrections of claims.
 * No build step.
 *
 * Article text never passes through innerHTML here: tooltips clone server-escaped nodes. A selection in
 * the article is turned into offsets of the article body (as the server counts them: code points, each
 * text-direction mark one character, tooltips not counted) and sent with the words seen there, which
 * the server checks against the body before it changes anything.
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

  // A field with data-count="N" shows its length beside it and warns past N (the summary: what search
  // results show of it).
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!field.dataset || !field.dataset.count) return;
    var note = document.getElementById(field.getAttribute("aria-describedby"));
    if (!note) return;
    var value = $("[data-count-value]", note);
    if (value) value.textContent = String(field.value.length);
    note.classList.toggle("over", field.value.length > Number(field.dataset.count));
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
    // A claim around or beside another one is drawn in several pieces: mark them all.
    $all('.reader .claim[data-claim="' + el.dataset.claim + '"]').forEach(function (piece) {
      piece.classList.add("current");
      piece.setAttribute("aria-current", "true");
    });
  }

  function openClaim(el, options) {
    var root = reader();
    if (!root || !el) return;
    markCurrent(el);
    var id = el.dataset.claim;
    var url = root.dataset.panelUrl.replace("/0/", "/" + id + "/");
    var pending = reviewForm();
    if (pending && pending.dataset.dirty) saveNow();
    // The claim already open stays as it is (a second click, the first of a double click).
    var shown = $("#panel .panel-inner");
    if (!shown || shown.dataset.claim !== id) htmx.ajax("GET", url, { target: "#panel", swap: "innerHTML" });
    history.replaceState(null, "", root.dataset.readerUrl + "?claim=" + id);
    if (!options || options.focus !== false) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  document.addEventListener("click", function (event) {
    var el = event.target.closest && event.target.closest(".reader .claim");
    if (event.altKey && event.button === 0 && event.target.closest && event.target.closest("#article-body")) {
      event.preventDefault(); // (Alt+click would download the link)
      splitAtPoint(event.clientX, event.clientY, el);
      return;
    }
    if (!el || event.ctrlKey || event.metaKey || event.button !== 0) return;
    event.preventDefault();
    // Shift+click extends the selection (instead of opening a window); a drag that selected words
    // ends in a click too: keep the selection rather than open the claim.
    if (event.shiftKey || (event.detail > 0 && hasSelection())) return;
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


  // --- corrections: selections in the article -----------------------------------------------------

  function articleBody() { return $("#article-body"); }

  function inTip(node) { var p = node.parentNode; return !!(p && p.closest && p.closest(".tip-src")); }
  function inBidiMark(node) { var p = node.parentNode; return !!(p && p.closest && p.closest("abbr.fc-bidi")); }

  // Characters as Python counts them (code points): a surrogate pair is one.
  function codePoints(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  function units(node, upto) {
    if (inBidiMark(node)) return upto > 0 ? 1 : 0; // the mark shows one control character of the body
    return codePoints(node.data.slice(0, upto));
  }

  function textNodes() {
    var body = articleBody();
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var nodes = [];
    var node;
    while ((node = walker.nextNode())) if (!inTip(node)) nodes.push(node);
    return nodes;
  }

  // The article offset of a point (container, offset) of the page, or null outside the article.
  function articleOffset(container, offset) {
    var body = articleBody();
    if (!body || !body.contains(container)) return null;
    var point = document.createRange();
    point.setStart(container, offset);
    var nodes = textNodes();
    var total = 0;
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node === container) return total + units(node, offset);
      if (point.comparePoint(node, 0) >= 0) break; // the first text after the point
      total += units(node, node.length);
    }
    return total;
  }

  function articleLength() {
    return textNodes().reduce(function (sum, node) { return sum + units(node, node.length); }, 0);
  }

  // The words of the range as the page shows them (marks of text-direction controls left out).
  function textOf(range) {
    return textNodes().filter(function (node) {
      return !inBidiMark(node) && range.intersectsNode(node);
    }).map(function (node) {
      var from = node === range.startContainer ? range.startOffset : 0;
      var to = node === range.endContainer ? range.endOffset : node.length;
      return node.data.slice(from, to);
    }).join("");
  }

  // The selection (or the caret) in the article: {start, end, text, collapsed}, or null.
  function selectionSpan() {
    var body = articleBody();
    var selection = window.getSelection();
    if (!body || !selection || selection.rangeCount === 0) return null;
    var range = selection.getRangeAt(0);
    if (!range.intersectsNode(body)) return null;
    var start = body.contains(range.startContainer) ? articleOffset(range.startContainer, range.startOffset) : 0;
    var end = body.contains(range.endContainer) ? articleOffset(range.endContainer, range.endOffset) : articleLength();
    if (start === null || end === null) return null;
    return { start: start, end: end, text: textOf(range), collapsed: range.collapsed || start === end, range: range };
  }

  function hasSelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) return false;
    var span = selectionSpan();
    return !!(span && !span.collapsed && span.text.trim());
  }

  // The open claim, if the panel offers corrections: {id, start, end}.
  function correctable() {
    var inner = $("#panel .panel-inner[data-correct]");
    if (!inner) return null;
    return { id: inner.dataset.claim, start: Number(inner.dataset.start), end: Number(inner.dataset.end) };
  }

  function setField(form, name, value) {
    var field = form.querySelector('[name="' + name + '"]');
    if (field) field.value = value === null || value === undefined ? "" : String(value);
  }

  // A form of a panel just swapped in is taken over by htmx when the swap settles; a key pressed
  // before that would post it as a whole page. Process it first (htmx does it once).
  function ready(form) {
    if (form && window.htmx) htmx.process(form);
    return form;
  }

  function send(form) {
    hidePop();
    ready(form);
    if (form.requestSubmit) form.requestSubmit(); else htmx.trigger(form, "submit");
  }

  var NOT_CORRECTABLE = "Open a claim you can correct first (click it, or j / k).";

  function addClaim(span) {
    var form = $("#add-claim-form");
    if (!form) { toast("Adding claims is not open to you."); return; }
    span = span || selectionSpan();
    if (!span || span.collapsed || !span.text.trim()) {
      var box = $("#add-claim");
      if (box) box.open = true;
      var quote = $("#add-claim-quote");
      if (quote) quote.focus();
      toast("Select the claim's words in the article first, or type them in Add a missed claim.");
      return;
    }
    var open = correctable() || {};
    setField(form, "start", span.start);
    setField(form, "end", span.end);
    setField(form, "quote", span.text);
    setField(form, "current", open.id || (currentClaim() && currentClaim().dataset.claim) || "");
    send(form);
  }

  function speakerFromSelection(span) {
    var form = $("#speaker-pick-form");
    if (!form) { toast(NOT_CORRECTABLE); return; }
    span = span || selectionSpan();
    if (!span || span.collapsed || !span.text.trim()) {
      var box = $("#speaker-edit");
      if (box) { box.open = true; $("#speaker-name").focus(); }
      toast("Select the speaker's name in the article first, or type it.");
      return;
    }
    var type = $("#speaker-type");
    setField(form, "speaker_start", span.start);
    setField(form, "speaker_end", span.end);
    setField(form, "speaker_type", type ? type.value : "");
    send(form);
  }

  function figureFromSelection(span) {
    var form = $("#figure-add-form");
    var open = correctable();
    if (!form || !open) { toast(NOT_CORRECTABLE); return; }
    span = span || selectionSpan();
    if (!span || span.collapsed || !span.text.trim()) {
      var box = $("#figure-add");
      if (box) { box.open = true; $("#fig-new-quote").focus(); }
      toast("Select the figure's words inside the claim first, or type them.");
      return;
    }
    setField(form, "start", span.start);
    setField(form, "end", span.end);
    setField(form, "quote", span.text);
    send(form);
  }

  function splitAt(at) {
    var form = $("#split-at-form");
    var open = correctable();
    if (!form || !open) { toast(NOT_CORRECTABLE); return; }
    if (at === null || !(at > open.start && at < open.end)) {
      var box = $("#split-tool");
      if (box) { box.open = true; $("#split-before").focus(); }
      toast("Put the caret or a selection inside the open claim where the second part starts, or type its first words.");
      return;
    }
    setField(form, "at", at);
    send(form);
  }

  function splitHere(span) {
    span = span || selectionSpan();
    splitAt(span ? span.start : null);
  }

  function splitAtPoint(x, y, link) {
    var open = correctable();
    if (open && pointIn(x, y, open)) { splitAt(pointOffset(x, y)); return; }
    var shown = $("#panel .panel-inner");
    if (link && (!shown || shown.dataset.claim !== link.dataset.claim)) {
      openClaim(link, { focus: true });
      toast("Alt+click again, in the open claim, where its second part starts.");
      return;
    }
    toast(open ? "Alt+click inside the open claim, where its second part starts." : NOT_CORRECTABLE);
  }

  // The text position under the point: {node, offset}, or null.
  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      var position = document.caretPositionFromPoint(x, y);
      if (position) return { node: position.offsetNode, offset: position.offset };
    }
    if (document.caretRangeFromPoint) {
      var range = document.caretRangeFromPoint(x, y);
      if (range) return { node: range.startContainer, offset: range.startOffset };
    }
    return null;
  }

  function pointOffset(x, y) {
    var point = caretAt(x, y);
    return point ? articleOffset(point.node, point.offset) : null;
  }

  function pointIn(x, y, open) {
    var at = pointOffset(x, y);
    return at !== null && at > open.start && at < open.end;
  }

  function correct(name, message) {
    var button = $('#panel [data-correct="' + name + '"]');
    if (button && !button.disabled) { ready(button.form); button.click(); return; }
    toast(message || (correctable() ? "That correction is not available for this claim." : NOT_CORRECTABLE));
  }

  function openCategories() {
    var menu = $("#category-menu");
    if (!menu) { toast(NOT_CORRECTABLE); return; }
    menu.open = true;
    var chosen = $('#category-menu [aria-pressed="true"]') || $("#category-menu .menu-item");
    if (chosen) chosen.focus();
  }

  function undo() {
    var button = $("#panel [data-undo]");
    if (button) { ready(button.form); button.click(); } else toast("Nothing to undo here.");
  }

  // The small toolbar beside a selection: add it as a claim, or use it in the open claim.
  var pop = null;
  var popSpan = null;
  var popTimer = null;

  function hidePop() {
    pop = pop || $("#selection-pop");
    if (pop) pop.hidden = true;
    popSpan = null;
  }

  function updatePop() {
    pop = pop || $("#selection-pop");
    if (!pop) return;
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) { hidePop(); return; }
    var span = selectionSpan();
    if (!span || span.collapsed || !span.text.trim()) { hidePop(); return; }
    hideTip(); // the words chosen matter now, not the claim under the mouse
    var open = correctable();
    var inside = !!open && span.start >= open.start && span.end <= open.end;
    $all("[data-sel]", pop).forEach(function (button) {
      var name = button.dataset.sel;
      button.hidden = name === "add" ? false
        : name === "speaker" ? !$("#speaker-pick-form")
        : name === "figure" ? !(inside && $("#figure-add-form"))
        : !(open && span.start > open.start && span.start < open.end && $("#split-at-form"));
    });
    popSpan = span;
    pop.hidden = false;
    var rects = span.range.getClientRects();
    var last = rects.length ? rects[rects.length - 1] : span.range.getBoundingClientRect();
    var left = Math.min(Math.max(8, last.right - pop.offsetWidth / 2), window.innerWidth - pop.offsetWidth - 8);
    pop.style.left = left + window.scrollX + "px";
    pop.style.top = last.bottom + window.scrollY + 8 + "px";
  }

  document.addEventListener("selectionchange", function () {
    clearTimeout(popTimer);
    popTimer = setTimeout(updatePop, 120);
  });
  // A click in the toolbar must not take the selection away.
  document.addEventListener("mousedown", function (event) {
    if (event.target.closest && event.target.closest("#selection-pop")) { event.preventDefault(); return; }
    if (!(event.target.closest && event.target.closest("#article-body"))) return;
    hideTip();
    // Shift+click extends the selection from where it started (a browser would do it in text, not in
    // the links claims are).
    var selection = window.getSelection();
    var body = articleBody();
    if (event.shiftKey && event.button === 0 && selection && selection.rangeCount && body.contains(selection.anchorNode)) {
      var point = caretAt(event.clientX, event.clientY);
      if (point && body.contains(point.node)) {
        event.preventDefault();
        selection.extend(point.node, point.offset);
      }
    }
  });
  // The article drawn again (after a correction): what pointed into the old one is gone.
  document.addEventListener("htmx:afterSettle", function () {
    hideTip();
    if (!hasSelection()) hidePop();
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#selection-pop [data-sel]");
    if (!button) return;
    // The live selection when there is one: the toolbar's span is 120 ms behind it, so a quick click after a
    // new drag would act on the words selected before.
    var live = selectionSpan();
    var span = live && !live.collapsed && live.text.trim() ? live : popSpan;
    var name = button.dataset.sel;
    if (name === "add") addClaim(span);
    else if (name === "speaker") speakerFromSelection(span);
    else if (name === "figure") figureFromSelection(span);
    else splitHere(span);
  });

  // Typing the words instead of selecting them: the offsets of an earlier selection no longer apply.
  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#add-claim-form, #figure-add-form");
    if (form && event.target.name === "quote") { setField(form, "start", ""); setField(form, "end", ""); }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (form && form.id === "add-claim-form") {
      setField(form, "start", "");
      setField(form, "end", "");
      if (event.detail.successful && event.detail.xhr.status < 300) setField(form, "quote", "");
    }
  });

  // --- tooltip (hover or focus) ------------------------------------------------------------------
  // Shown under the claim's last line, so that the line being read and the one above stay visible
  // (above the first line only when there is no room below); it closes when the pointer or the focus
  // leaves the claim, on Escape and on scroll. It is never focusable (pointer-events: none).

  var tooltip = null;
  var tipOwner = null;
  var TIP_GAP = 6;

  function showTip(el) {
    tooltip = tooltip || $("#tooltip");
    var source = document.getElementById("tip-" + el.dataset.claim);
    if (!tooltip || !source) return;
    tooltip.replaceChildren.apply(tooltip, $all(":scope > *", source).map(function (n) { return n.cloneNode(true); }));
    tooltip.hidden = false;
    tipOwner = el;
    var rects = el.getClientRects();
    var box = el.getBoundingClientRect();
    var first = rects.length ? rects[0] : box;
    var last = rects.length ? rects[rects.length - 1] : box;
    var width = tooltip.offsetWidth;
    var height = tooltip.offsetHeight;
    var below = box.bottom + TIP_GAP;
    var top = below;
    var anchor = last;
    if (below + height > window.innerHeight - 8 && first.top - height - TIP_GAP >= 8) {
      top = first.top - height - TIP_GAP;
      anchor = first;
    }
    var left = Math.min(Math.max(8, anchor.left), window.innerWidth - width - 8);
    tooltip.style.left = Math.max(8, left) + window.scrollX + "px";
    tooltip.style.top = top + window.scrollY + "px";
  }

  function hideTip() {
    if (tooltip) tooltip.hidden = true;
    tipOwner = null;
  }

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
  document.addEventListener("focusout", function (event) {
    // Focus left the claim (to nowhere, another window, or an element that is no claim).
    if (tipOwner && tipOwner.contains(event.target) && !tipOwner.contains(event.relatedTarget)) hideTip();
  });
  // Scrolling (also the scroll that brings a focused claim into view) moves a focused claim's tooltip
  // along with it; a tooltip shown for the pointer goes.
  var tipFrame = 0;
  window.addEventListener("scroll", function () {
    if (!tipOwner) return;
    if (!tipOwner.contains(document.activeElement)) { hideTip(); return; }
    cancelAnimationFrame(tipFrame);
    tipFrame = requestAnimationFrame(function () { if (tipOwner) showTip(tipOwner); });
  }, { passive: true });

  // --- header menu (narrow screens) ----------------------------------------------------------------
  // A <details> that works without this script; here Escape closes it (back to its button), and it
  // closes when the focus moves out of it, so that it never covers the page the user went on to.

  function openNavMenu() { return $(".nav-menu[open]"); }

  function navMenuFolded(menu) {
    var summary = menu.querySelector("summary");
    return !!(summary && summary.offsetParent !== null);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    var menu = openNavMenu();
    if (!menu || !navMenuFolded(menu)) return;
    var inside = menu.contains(event.target);
    menu.open = false;
    if (inside) menu.querySelector("summary").focus();
    event.preventDefault();
  });
  document.addEventListener("focusout", function (event) {
    var menu = openNavMenu();
    if (!menu || !menu.contains(event.target) || !navMenuFolded(menu)) return;
    if (event.relatedTarget && !menu.contains(event.relatedTarget)) menu.open = false;
  });
  document.addEventListener("click", function (event) {
    var menu = openNavMenu();
    if (menu && navMenuFolded(menu) && !menu.contains(event.target)) menu.open = false;
  });

  // --- shortcuts ---------------------------------------------------------------------------------

  function toggleHelp() {
    var dialog = $("#shortcuts");
    if (!dialog) return;
    if (dialog.open) dialog.close(); else dialog.showModal();
  }

  function clickAction(name) {
    var button = $('#panel button[data-action="' + name + '"]');
    if (button && !button.disabled) { ready(button.form); button.click(); return true; }
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
      hidePop();
      var menu = target.closest && target.closest("#panel details[open].menu, #panel details[open].tool-menu, #panel details[open].inline-edit, #panel details[open].fig-chip, #panel details[open].fig-add");
      if (menu) {
        menu.open = false;
        var summary = menu.querySelector("summary");
        if (summary) summary.focus();
        event.preventDefault();
        return;
      }
      if (isTyping(target)) {
        target.blur();
        saveNow();
        var current = currentClaim();
        if (current) current.focus({ preventScroll: true });
      }
      return;
    }
    if (isTyping(target)) return;
    // Arrows move between the choices of an open menu (the category menu).
    if (/^Arrow(Up|Down|Left|Right)$/.test(event.key) && target.classList && target.classList.contains("menu-item")) {
      var items = $all(".menu-item", target.parentNode);
      var step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
      items[(items.indexOf(target) + step + items.length) % items.length].focus();
      event.preventDefault();
      return;
    }
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
        if (reader() && correctionKey(event.key)) break;
        if (/^[1-9]$/.test(event.key) && reader()) pickRating(event.key);
        else if (workflowKeys()[event.key]) runStep(workflowKeys()[event.key]);
        else handled = false;
    }
    if (handled) event.preventDefault();
  });

  // Keys that correct the claim (reader only); true when the key is one of them.
  function correctionKey(key) {
    switch (key) {
      case "n": addClaim(); return true;
      case "{": correct("start-left"); return true;
      case "}": correct("start-right"); return true;
      case "[": correct("end-left"); return true;
      case "]": correct("end-right"); return true;
      case "b": splitHere(); return true;
      case "m": correct("merge", correctable() ? "There is no next claim to merge with." : NOT_CORRECTABLE); return true;
      case "x": correct("not-a-claim"); return true;
      case "t": openCategories(); return true;
      case "p": speakerFromSelection(); return true;
      case "f": figureFromSelection(); return true;
      case "l": correct("looked-at", correctable() ? "This claim has no flag to clear." : NOT_CORRECTABLE); return true;
      case "u": undo(); return true;
      default: return false;
    }
  }

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
    if (event.detail.target && event.detail.target.id === "add-claim-status") {
      var problem = event.detail.target.textContent.trim();
      if (problem) toast(problem);
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
