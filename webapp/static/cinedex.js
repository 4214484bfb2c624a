// cinedex: progressive enhancement only; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Facet checkboxes submit their form as soon as they change (the Apply button is hidden).
  function autoSubmit() {
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
      form.addEventListener("change", function (event) {
        if (event.target.matches('input[type="checkbox"]')) form.submit();
      });
    });
  }

  // The filter panel is a <details> (one tap away on a phone); a wide screen always shows it.
  function openFiltersWhenWide() {
    var panel = document.getElementById("filters");
    if (panel && window.matchMedia("(min-width: 48.01rem)").matches) panel.open = true;
  }

  // Suggestions while typing: fill the <datalist> tied to the search box from /api/suggest.
  function suggestions() {
    var input = document.querySelector("input[data-suggest]");
    if (!input || !input.list) return;
    var list = input.list, timer = null, last = "", controller = null;
    input.addEventListener("input", openPicked);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var prefix = input.value.trim();
        if (prefix.length < 2 || prefix === last) return;
        last = prefix;
        if (controller) controller.abort();
        controller = new AbortController();
        var url = input.dataset.suggest + "?q=" + encodeURIComponent(prefix);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) { fill(list, data.suggestions || []); })
          .catch(function () { /* a failed suggestion is not worth telling anyone */ });
      }, 150);
    });
  }

  // Each suggestion is also a link to its film's or person's page, listed under the box;
  // picking a suggestion from the browser's own list opens that page too.
  var pages = {};

  function fill(list, items) {
    list.replaceChildren();
    var links = suggestLinks(list);
    links.replaceChildren();
    pages = {};
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.text;  // textContent/value: never HTML
      if (item.year) option.label = item.text + " (" + item.year + ")";
      list.appendChild(option);
      if (!item.url) return;
      pages[item.text] = item.url;
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = item.url;
      a.textContent = item.text + (item.year ? " (" + item.year + ")" : "");
      a.dataset.kind = item.kind;
      li.appendChild(a);
      links.appendChild(li);
    });
    links.hidden = !links.children.length;
  }

  function suggestLinks(list) {
    var links = document.getElementById("suggest-links");
    if (!links) {
      links = document.createElement("ul");
      links.id = "suggest-links";
      links.className = "suggest-links";
      links.setAttribute("aria-label", "Suggestions");
      list.after(links);
    }
    return links;
  }

  function openPicked(event) {
    var picked = event.inputType === "insertReplacementText" || event.inputType === undefined;
    if (picked && pages[event.target.value]) window.location.href = pages[event.target.value];
  }

  // Forms that start long work (the admin's reindex): one submission, then the buttons look
  // and act disabled. Not `disabled` itself, which would drop the clicked button's value.
  function busyOnSubmit() {
    document.querySelectorAll("form[data-busy-on-submit]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.dataset.sent) { event.preventDefault(); return; }
        form.dataset.sent = "1";
        form.querySelectorAll("button").forEach(function (b) {
          b.classList.add("busy");
          b.setAttribute("aria-disabled", "true");
        });
      });
    });
  }

  // "Copy citation" buttons: shown only when the clipboard can be used.
  function copyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var target = document.getElementById(button.dataset.copyTarget);
        if (!target) return;
        navigator.clipboard.writeText(target.textContent.trim()).then(function () {
          var label = button.textContent;
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = label; }, 1500);
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    autoSubmit();
    openFiltersWhenWide();
    busyOnSubmit();
    suggestions();
    copyButtons();
  });
})();
