#!/usr/bin/env python3
"""Portal step ÷ engine step per kind (issue 14): the Gatling report's statistics table (index.html of a
JourneysSimulation run) against the engine baseline's JSON (EngineBaseline). Usage:
  perf/load-ratio.py target/gatling/journeyssimulation-<ts> target/engine-baseline.json
Prints, per request kind, Gatling's count, req/s, p50/p95/p99 and mean, and for the kinds with an engine step the
engine's mean and p50 and the ratios of the means and the medians; then the global line.
With a third argument, the application's /actuator/prometheus text after the run (the application started with
--zabota.perf.engine-time-per-request=true, as perf/load.sh does): per route, the server time of the request and the
time it spent in engine commands, in the same run and under the same load, and their ratio.
  perf/load-ratio.py target/gatling/journeyssimulation-<ts> target/engine-baseline.json prometheus.txt"""
import html, json, re, sys

COLS = ["total", "ok", "ko", "ko%", "rps", "min", "p50", "p75", "p95", "p99", "max", "mean", "std"]


def gatling_table(report_dir):
    text = open(report_dir.rstrip("/") + "/index.html", encoding="utf-8").read()
    rows = {}
    for m in re.finditer(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', text, re.S):
        values = re.findall(r'<td class="value [^"]*">([^<]*)</td>', m.group(2))
        if len(values) >= len(COLS):
            rows[html.unescape(m.group(1)).strip()] = dict(zip(COLS, (float(v.replace(",", "").replace("-", "0") or 0) for v in values)))
    return rows


def main(report_dir, baseline_file):
    rows = gatling_table(report_dir)
    engine = json.load(open(baseline_file, encoding="utf-8"))["kinds"]
    print(f"{'request kind':36} {'count':>7} {'ko':>4} {'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'mean':>6} | "
          f"{'engine step':34} {'eng mean':>8} {'eng p50':>7} {'mean÷':>6} {'p50÷':>6}")
    for name, r in rows.items():
        line = f"{name[:36]:36} {r['total']:7.0f} {r['ko']:4.0f} {r['rps']:7.2f} {r['p50']:6.0f} {r['p95']:6.0f} {r['p99']:6.0f} {r['mean']:6.0f} |"
        e = engine.get(name)
        if e and e["meanMs"] > 0:
            line += (f" {e['engineStep'][:34]:34} {e['meanMs']:8.1f} {e['p50Ms']:7.1f} {r['mean'] / e['meanMs']:6.2f} "
                     f"{(r['p50'] / e['p50Ms']) if e['p50Ms'] else 0:6.2f}")
        print(line)
    missing = [k for k in engine if k not in rows]
    if missing:
        print("engine kinds without a portal request in this run:", ", ".join(missing))


# the load test's request kinds by the route they call (the portal and Camunda REST steps that move a case)
STEP_ROUTES = {
    ("POST", "/api/certificates/{id}/submit"): "602 submit",
    ("POST", "/api/contracts"): "603 request",
    ("PUT", "/api/contracts/{id}/term"): "603 term",
    ("POST", "/api/contracts/{id}/sign"): "603 provider sign + 603 citizen sign",
    ("POST", "/api/contracts/{id}/deliveries"): "delivery schedule",
    ("POST", "/api/deliveries/{id}/confirm"): "delivery confirm",
    ("POST", "/engine-rest/task/{id}/claim"): "staff claim",
    ("POST", "/engine-rest/task/{id}/submit-form"): "staff complete (all three tasks)",
    ("GET", "/engine-rest/task"): "staff task list + staff task of case",
}


def same_run(prometheus_file):
    """(method, route) -> {server: (count, sum s), engine: (count, sum s)} from the Prometheus text."""
    sample = re.compile(r'^zabota_request_(server|engine)_seconds_(count|sum)\{(.*)\} ([0-9.eE+-]+)$')
    out = {}
    for line in open(prometheus_file, encoding="utf-8"):
        m = sample.match(line.strip())
        if not m:
            continue
        tags = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
        key = (tags.get("method"), tags.get("route"))
        out.setdefault(key, {}).setdefault(m.group(1), {})[m.group(2)] = float(m.group(4))
    return out


def print_same_run(prometheus_file):
    rows = same_run(prometheus_file)
    print()
    print("Same run, measured inside the application: server time per request ÷ time in engine commands in it")
    print(f"{'route':46} {'kind':38} {'count':>7} {'server ms':>9} {'engine ms':>9} {'server÷engine':>13}")
    for (method, route), kind in STEP_ROUTES.items():
        r = rows.get((method, route))
        if not r or not r.get("server", {}).get("count"):
            continue
        n = r["server"]["count"]
        server = 1000 * r["server"]["sum"] / n
        engine = 1000 * r["engine"]["sum"] / max(1, r["engine"]["count"])
        ratio = f"{server / engine:13.2f}" if engine > 0 else f"{'—':>13}"
        print(f"{method + ' ' + route:46.46} {kind:38.38} {n:7.0f} {server:9.1f} {engine:9.1f} {ratio}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
    if len(sys.argv) == 4:
        print_same_run(sys.argv[3])
