"""Benchmarks (`make bench`): build time, build time with the data scaled up, page weight, search index size.

Not a test: it measures and prints. Page weight and Lighthouse scores come from ../shared/tools/site-audit when
it is available (it drives Debian Chromium); otherwise those rows are skipped with a note.

    python benchmarks/bench.py [--scales 1 5 10] [--lighthouse]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT.parent / "shared" / "tools" / "site-audit"
ENV = {**{k: v for k, v in os.environ.items() if k != "EXPLAINER_DATA"}, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1764288000")}
SCALED = ("sources", "timeline", "glossary")  # list-shaped content types multiplied by synthetic entries


def build(project: Path, out: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(out)],
                            cwd=project, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    return time.perf_counter() - start


def scaled_copy(factor: int, target: Path) -> int:
    """A copy of the project whose list data is `factor` times larger; returns the number of records."""
    import yaml

    for name in ("data", "docs", "macros", "overrides"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "build" / "docs").mkdir(parents=True)
    count = 0
    for ctype in SCALED:
        files = [target / "data" / f"{ctype}.yaml"] if (target / "data" / f"{ctype}.yaml").exists() \
            else sorted((target / "data" / ctype).glob("*.yaml"))
        for path in files:
            header = path.read_text(encoding="utf-8").splitlines()[0]
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            extra = []
            for copy in range(1, factor):
                for item in items:
                    clone = dict(item, id=f"{item['id']}-x{copy}")
                    if ctype == "sources":
                        clone["url"] = item["url"].rstrip("/") + f"/x{copy}"
                    if ctype == "glossary":
                        clone.update(term=f"{item['term']} ({copy})", abbr=None, related=[])
                    extra.append(clone)
            path.write_text(header + "\n" + yaml.safe_dump(items + extra, allow_unicode=True, sort_keys=False),
                            encoding="utf-8")
            count += len(items) + len(extra)
    return count


def audit(site: Path, page: str, lighthouse: bool) -> dict:
    if not AUDIT.exists():
        return {}
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        args = [str(AUDIT), str(site), page, "--out", out.name] + (
            ["--lh-runs", "3", "--presets", "mobile"] if lighthouse else ["--no-lighthouse"])  # median of 3 (noisy)
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode not in (0, 1):
            print(f"site-audit failed ({result.returncode}): {result.stderr[-300:]}")
            return {}
        return json.loads(Path(out.name).read_text(encoding="utf-8")).get("summary", {})


PAGES = ["treaty/", "treaty/articles/3/", "sectors/trade-economy/", "context/israel-iran-war-2025/", "timeline/",
         "timeline/2025/", "sources/", "sources/independent-media/", "claims/", "compare/", "glossary/",
         "fa/", "fa/treaty/articles/3/", "ru/treaty/articles/3/"]
"""Pages measured with Lighthouse (the home page is measured with each); the last three are the editions'."""
DOM_BUDGET = 1400   # Lighthouse's "excessive DOM size" threshold


def dom_sizes(site: Path) -> list[tuple[int, str]]:
    """(elements, page) for every HTML page but the print page, largest first."""
    from html.parser import HTMLParser

    class Counter(HTMLParser):
        count = 0

        def handle_starttag(self, tag, attrs):
            self.count += 1

    out = []
    for page in site.rglob("*.html"):
        rel = page.relative_to(site).as_posix()
        if "print_page" in page.relative_to(site).parts:
            continue
        counter = Counter()
        counter.feed(page.read_text(encoding="utf-8"))
        out.append((counter.count, rel))
    return sorted(out, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement (median)")
    parser.add_argument("--lighthouse", action="store_true", help="also run Lighthouse (slow)")
    args = parser.parse_args()

    print("# Benchmark\n")
    print("| data scale | records in scaled types | build time (median) | pages | largest page (elements) "
          f"| pages over {DOM_BUDGET} elements |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        timings = {}
        for factor in args.scales:
            project = tmp / f"x{factor}"
            records = scaled_copy(factor, project)
            seconds = statistics.median(build(project, tmp / f"site{factor}") for _ in range(args.runs))
            timings[factor] = (records, seconds)
            sizes = dom_sizes(tmp / f"site{factor}")
            over = [p for n, p in sizes if n > DOM_BUDGET]
            print(f"| {factor}× | {records} | {seconds:.2f} s | {len(sizes)} | {sizes[0][0]} ({sizes[0][1]}) "
                  f"| {len(over)}{': ' + ', '.join(over[:5]) if over else ''} |")
        if len(timings) > 1:
            (r1, t1), (rn, tn) = timings[min(timings)], timings[max(timings)]
            print(f"\nGrowth: {rn / r1:.1f}× the records took {tn / t1:.2f}× the time "
                  f"({'within' if tn / t1 <= rn / r1 else 'OVER'} the budget of {rn / r1:.0f}×).")

        site = tmp / "site1"
        index = site / "search" / "search_index.json"
        raw = index.read_bytes()
        print(f"\nSearch index: {len(raw) / 1024:.0f} KiB ({len(gzip.compress(raw)) / 1024:.0f} KiB gzipped), "
              "loaded only when a reader opens search.")
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        print(f"Site: {len(list(site.rglob('*.html')))} HTML pages, {total / 1024 / 1024:.1f} MiB in all.\n")

        rows = []
        for page in PAGES:
            summary = audit(site, page, args.lighthouse)
            if not summary:
                print("site-audit not found: page weight not measured (see ../shared/tools/README.md)")
                break
            for key in ("home", page):
                if key in summary and key not in [r[0] for r in rows]:
                    rows.append((key, summary[key]))
        if rows:
            print("| page | requests | transferred (gzip) | Lighthouse mobile perf / a11y / BP / SEO | TBT |")
            print("|---|---|---|---|---|")
            for key, s in rows:
                lh = s.get("lh_mobile") or {}
                scores = " / ".join(str(lh.get(k, "–")) for k in ("performance", "accessibility",
                                                                   "best-practices", "seo")) if lh else "not run"
                tbt = s.get("lh_mobile_tbt_ms")
                tbt = f"{tbt:.0f} ms" if isinstance(tbt, (int, float)) else "–"
                print(f"| {key or 'home'} | {s['requests']} | {s['transfer_bytes'] / 1024:.1f} KiB | {scores} | {tbt} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
