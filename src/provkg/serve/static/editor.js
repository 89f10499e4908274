// The YASGUI query editor of `provkg serve`, set up for this endpoint only: completion from the provkg vocabulary
// (/vocabulary.json) instead of the services on the internet YASGUI calls by default, permalinks (?query=...),
// sortable and paged tables, a chart of the results (our own plugin: the open-source build has none), and the
// research questions of queries/, one click each.
(function () {
  "use strict";
  const Yasgui = window.Yasgui;
  const Yasqe = Yasgui.Yasqe;
  const Yasr = Yasgui.Yasr;
  const endpoint = new URL("/sparql", window.location.href).href;
  const vocabulary = fetch("/vocabulary.json").then((r) => r.json());

  // -- completion: prefixes and terms of our own vocabulary, nothing fetched from elsewhere
  Yasqe.forkAutocompleter("prefixes", {
    name: "provkg-prefixes",
    persistenceId: null,
    get: () => vocabulary.then((v) => Object.keys(v.prefixes).sort().map((p) => p + ": <" + v.prefixes[p] + ">")),
  });
  Yasqe.registerAutocompleter({
    name: "provkg-terms",
    bulk: true,
    autoShow: true,
    persistenceId: null,
    isValidCompletionPosition: (yasqe) => {
      const token = yasqe.getCompleteToken();
      return /^[A-Za-z][\w-]*:[^\s]*$/.test(token.string);
    },
    get: () => vocabulary.then((v) => v.terms),
  }, false);
  const completers = ["provkg-prefixes", "provkg-terms", "variables"];
  Yasqe.defaults.autocompleters = completers;

  // -- a chart of the results: the first numeric column, by the row's text columns
  const SVG = "http://www.w3.org/2000/svg";
  function svg(name, attributes, text) {
    const node = document.createElementNS(SVG, name);
    for (const key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function isNumber(cell) {
    return cell && cell.type !== "uri" && cell.value !== "" && !isNaN(Number(cell.value));
  }
  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
      this.helpReference = "/plain";
    }
    columns() {
      const bindings = this.yasr.results.getBindings();
      const variables = this.yasr.results.getVariables();
      const numeric = variables.filter((v) => bindings.length && bindings.every((b) => !b[v] || isNumber(b[v])) &&
                                             bindings.some((b) => isNumber(b[v])));
      const text = variables.filter((v) => !numeric.includes(v) && bindings.some((b) => b[v] && b[v].type !== "uri"));
      return { bindings, numeric, text };
    }
    canHandleResults() {
      return !!(this.yasr.results && this.yasr.results.getBindings && this.yasr.results.getBindings() &&
                this.columns().numeric.length);
    }
    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▮▮";
      icon.setAttribute("aria-hidden", "true");
      return icon;
    }
    draw() {
      const { bindings, numeric, text } = this.columns();
      const root = document.createElement("div");
      root.className = "provkg-chart";
      const pick = document.createElement("label");
      pick.textContent = "Value column ";
      const select = document.createElement("select");
      numeric.forEach((v) => select.appendChild(new Option(v, v)));
      pick.appendChild(select);
      root.appendChild(pick);
      const holder = document.createElement("div");
      root.appendChild(holder);
      const render = () => {
        holder.textContent = "";
        holder.appendChild(this.bars(bindings, select.value, text.slice(0, 3)));
      };
      select.addEventListener("change", render);
      render();
      this.yasr.resultsEl.appendChild(root);
    }
    bars(bindings, value, labels) {
      const rows = bindings.filter((b) => isNumber(b[value])).slice(0, 60);
      const numbers = rows.map((b) => Number(b[value].value));
      const low = Math.min(0, ...numbers), high = Math.max(0, ...numbers) || 1;
      const left = 320, width = 880, barHeight = 18, top = 10;
      const height = top + rows.length * (barHeight + 6) + 20;
      const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
                                 role: "img", "aria-label": "bar chart of " + value, class: "chart" });
      const x = (n) => left + (n - low) / (high - low) * (width - left - 90);
      rows.forEach((b, i) => {
        const n = numbers[i];
        const y = top + i * (barHeight + 6);
        const name = labels.map((l) => (b[l] ? b[l].value : "")).filter(Boolean).join(" · ");
        chart.appendChild(svg("text", { x: left - 8, y: y + 13, "text-anchor": "end", "font-size": "12" },
                              name.length > 48 ? name.slice(0, 47) + "…" : name));
        const bar = svg("rect", { x: Math.min(x(0), x(n)), y: y, width: Math.max(1, Math.abs(x(n) - x(0))),
                                  height: barHeight, fill: n < 0 ? "#D55E00" : "#0072B2", class: "point",
                                  "data-value": String(n) });
        bar.appendChild(svg("title", {}, name + ": " + b[value].value));
        chart.appendChild(bar);
        chart.appendChild(svg("text", { x: Math.max(x(0), x(n)) + 4, y: y + 13, "font-size": "12" }, b[value].value));
      });
      chart.appendChild(svg("line", { x1: x(0), x2: x(0), y1: 0, y2: height - 14, stroke: "#5b6677" }));
      if (bindings.length > rows.length) {
        chart.appendChild(svg("text", { x: left, y: height - 2, "font-size": "11", fill: "#5b6677" },
                              "the first " + rows.length + " rows of " + bindings.length));
      }
      return chart;
    }
  }
  Yasr.registerPlugin("chart", ChartPlugin);

  // a new tab starts with a question about our own graph
  const firstQuery = "PREFIX pk: <https://w3id.org/provkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" +
    "# How many figures each indicator has, with its English name\n" +
    "SELECT ?indicator ?name (COUNT(?figure) AS ?figures) WHERE {\n" +
    "  ?figure pk:indicator ?indicator .\n" +
    "  OPTIONAL { ?indicator skos:prefLabel ?name FILTER(lang(?name) = \"en\") }\n" +
    "}\nGROUP BY ?indicator ?name\nORDER BY DESC(?figures)\nLIMIT 50";
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    populateFromUrl: true,
    persistenceId: "provkg-editor",
    yasqe: { autocompleters: completers, resizeable: true, editorHeight: "320px", value: firstQuery },
    yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table", prefixes: {} },
  });
  window.provkgEditor = yasgui;

  // -- accessibility: names and roles YASGUI's widgets lack (axe-core checks the whole page in tests/test_pages.py)
  const tabs = yasgui.tabElements;
  if (tabs && tabs.addTabEl && tabs.addTabEl.parentElement) {
    // a tab list holds tabs only: its "+" button goes right after it (new tabs are then appended to the list)
    tabs.addTabEl.parentElement.after(tabs.addTabEl);
    tabs.addTabEl.classList.add("addTabHolder");
    tabs.addTabEl = null;
  }
  const names = [
    [".autocompleteWrapper input, input.autocomplete", "SPARQL endpoint"],
    [".tableSizer", "rows per page"],
    [".tableFilter", "filter the results"],
    [".tabsList input", "tab name"],
    [".provkg-chart select", "value column"],
    [".CodeMirror textarea", "SPARQL query"],
  ];
  function accessible() {
    for (const [selector, name] of names) {
      document.querySelectorAll(selector).forEach((el) => el.hasAttribute("aria-label") || el.setAttribute("aria-label", name));
    }
    // the editor's scroller can be reached with the keyboard too (CodeMirror leaves it out of the tab order)
    document.querySelectorAll(".CodeMirror-scroll").forEach((el) => el.getAttribute("tabindex") === "0" || el.setAttribute("tabindex", "0"));
  }
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => { pending = false; accessible(); });
    }
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });
  accessible();

  // a permalink (?query=...) opens with its query and runs it
  if (new URLSearchParams(window.location.search).has("query") || window.location.hash.includes("query=")) {
    yasgui.getTab().query();
  }

  const compactTable = { selectedPlugin: "table", pluginsConfig: { table: { compact: true, pageSize: 50 } } };

  // -- the research questions, one click each
  const list = document.getElementById("query-list");
  const language = document.getElementById("lang");
  fetch("/queries.json").then((r) => r.json()).then((queries) => {
    for (const q of queries) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.name = q.name;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = q.name;
      button.appendChild(name);
      button.appendChild(document.createTextNode(q.question));
      button.addEventListener("click", () => {
        // the server gives each question with its prefixes declared and its labels in the chosen language
        const tab = yasgui.addTab(true, { name: q.name, yasr: { settings: compactTable, response: undefined } });
        tab.setQuery(q.editor[language.value] || q.sparql);
        tab.query();
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  });
})();
