#!/usr/bin/env python3
"""Portal step ÷ engine step per kind (issue 14): the Gatling report's statistics table (index.html of a
JourneysSimulation run) against the engine baseline's JSON (EngineBaseline). Usage:
  perf/load-ratio.py target/gatling/journeyssimulation-<ts> target/engine-baseline.json
Prints, per request kind, Gatling's count, req/s, p50/p95/p99 and mean, and for the kinds with an engine step the
engine's mean and p50 and the ratios of the means and the medians; then the global line."""
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


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
