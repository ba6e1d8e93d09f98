/* The queue's multi-select: tick every claim of the page, tick a range with Shift+click, tick the
   focused row with x, see how many are ticked, and see "Assign to" only for that action.
   Without JavaScript the checkboxes and the form work as they are. */
(function () {
  "use strict";

  function init() {
    var form = document.getElementById("triage");
    if (!form) return;
    var all = form.querySelector("[data-select-all]");
    var count = form.querySelector("[data-selected-count]");
    var action = form.querySelector("#t-action");
    var assignee = form.querySelector("#t-assignee");
    var priority = form.querySelector("#t-priority");
    var hint = count ? count.textContent : "";
    var last = null;

    function boxes() {
      return Array.prototype.slice.call(form.querySelectorAll('input[name="claims"]'));
    }

    function update() {
      var list = boxes();
      var ticked = list.filter(function (box) { return box.checked; }).length;
      if (count) count.textContent = ticked ? ticked + (ticked === 1 ? " claim ticked" : " claims ticked") : hint;
      if (all) {
        all.checked = ticked > 0 && ticked === list.length;
        all.indeterminate = ticked > 0 && ticked < list.length;
      }
    }

    if (all) {
      all.addEventListener("change", function () {
        boxes().forEach(function (box) { box.checked = all.checked; });
        update();
      });
    }
    form.addEventListener("click", function (event) {
      var box = event.target;
      if (!(box instanceof HTMLInputElement) || box.name !== "claims") return;
      if (event.shiftKey && last && last !== box) {
        var list = boxes();
        var from = list.indexOf(last), to = list.indexOf(box);
        list.slice(Math.min(from, to), Math.max(from, to) + 1).forEach(function (other) { other.checked = box.checked; });
      }
      last = box;
      update();
    });
    form.addEventListener("change", update);
    form.addEventListener("keydown", function (event) {
      if (event.key !== "x" || event.ctrlKey || event.metaKey || event.altKey) return;
      var row = event.target.closest && event.target.closest("tr");
      var box = row && row.querySelector('input[name="claims"]');
      if (!box || event.target === box) return;
      event.preventDefault();
      box.checked = !box.checked;
      last = box;
      update();
    });
    function showAssignee() {
      if (assignee && action) assignee.hidden = action.value !== "give";
      if (priority && action) priority.hidden = action.value !== "prioritise";
    }
    if (action) action.addEventListener("change", showAssignee);
    showAssignee();
    update();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
