// The query page: load the research questions of queries/, run SPARQL against /sparql, show the results.
"use strict";

const BASE = "https://w3id.org/provkg/";
const PREFIXES = {
  pk: BASE + "ontology#", pki: BASE + "id/indicator/", pks: BASE + "id/sector/", pku: BASE + "id/unit/",
  pkm: BASE + "id/measure/", pkc: BASE + "id/cause/", pka: BASE + "id/area/", pkp: BASE + "id/project/",
  pkt: BASE + "id/period/", pkr: BASE + "report/", qb: "http://purl.org/linked-data/cube#",
  skos: "http://www.w3.org/2004/02/skos/core#", xsd: "http://www.w3.org/2001/XMLSchema#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#", rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
};

const $ = (id) => document.getElementById(id);

function shortName(iri) {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return prefix + ":" + iri.slice(ns.length);
  }
  return iri;
}

// IRIs under the provkg base are answered by this server (linked data), so link to the local path.
function href(iri) {
  if (iri.startsWith(BASE + "ontology")) return "/ontology" + iri.slice((BASE + "ontology").length);
  if (iri.startsWith(BASE)) return "/" + iri.slice(BASE.length);
  return iri;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const a = document.createElement("a");
    a.href = href(term.value);
    a.textContent = shortName(term.value);
    a.title = term.value;
    td.append(a);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else {
    td.append(term.value);
    const tag = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? shortName(term.datatype) : "";
    if (tag) {
      const span = document.createElement("span");
      span.className = term["xml:lang"] ? "lang" : "datatype";
      span.textContent = " " + tag;
      td.append(span);
    }
  }
  return td;
}

function showTable(data) {
  const table = document.createElement("table");
  table.id = "result-table";
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) row.append(cell(binding[name]));
  }
  $("results").replaceChildren(table);
  return data.results.bindings.length;
}

function setDownloads(query) {
  const links = ["csv", "tsv", "json"].map((format) => {
    const a = document.createElement("a");
    a.href = "/sparql?" + new URLSearchParams({ query, format });
    a.textContent = format.toUpperCase();
    return a;
  });
  $("downloads").replaceChildren("download: ", ...links.flatMap((a, i) => (i ? [" · ", a] : [a])));
}

async function run() {
  const query = $("query").value;
  const started = performance.now();
  $("run").disabled = true;
  $("error").hidden = true;
  $("status").textContent = "running…";
  $("downloads").replaceChildren();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: query,
    });
    // A server run with --endpoint forwards the query to a server engine: say which one answered.
    const engine = response.headers.get("X-Provkg-Answered-By");
    const by = engine ? ` · answered by ${engine}` : "";
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      $("results").replaceChildren();
      $("error").textContent = `${response.status} ${response.statusText}\n${await response.text()}`;
      $("error").hidden = false;
      $("status").textContent = "";
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("sparql-results+json")) {
      const data = await response.json();
      if ("boolean" in data) {
        $("results").textContent = "answer: " + data.boolean;
        $("status").textContent = `${seconds} s${by}`;
      } else {
        const rows = showTable(data);
        $("status").textContent = `${rows} row${rows === 1 ? "" : "s"} in ${seconds} s${by}`;
        setDownloads(query);
      }
    } else {
      const pre = document.createElement("pre");
      pre.className = "graph";
      pre.textContent = await response.text();
      $("results").replaceChildren(pre);
      $("status").textContent = `graph in ${seconds} s${by}`;
    }
  } catch (error) {
    $("error").textContent = String(error);
    $("error").hidden = false;
    $("status").textContent = "";
  } finally {
    $("run").disabled = false;
  }
}

async function loadQueries() {
  const response = await fetch("/queries.json");
  const queries = response.ok ? await response.json() : [];
  const items = queries.map((q) => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.name = q.name;
    button.append(q.question || q.name);
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = q.name;
    button.append(name);
    button.addEventListener("click", () => {
      $("query").value = q.sparql;
      run();
    });
    li.append(button);
    return li;
  });
  $("query-list").replaceChildren(...items);
}

document.addEventListener("DOMContentLoaded", () => {
  $("query-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  loadQueries();
  const given = new URLSearchParams(location.search).get("query");
  if (given) {
    $("query").value = given;
    run();
  }
});
