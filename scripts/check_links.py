"""Check that every source URL still answers (run weekly by .github/workflows/links.yml; needs internet).

Not part of `make test`: CI machines have no internet access. Prints a Markdown report; exits 1 if any URL is
broken (4xx/5xx other than those sites that refuse robots, or no answer after retries).
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from macros.dataset import load_dataset  # noqa: E402

# Sites that answer automated requests with 403/429 although the page exists: reported, not failed.
BOT_HOSTILE = {403, 429, 451}
HEADERS = {"User-Agent": "Mozilla/5.0 (link check; russia-iran-treaty explainer)"}


def check(url: str, retries: int = 2) -> tuple[str, str]:
    for attempt in range(retries + 1):
        try:
            request = urllib.request.Request(url, headers=HEADERS, method="GET")
            with urllib.request.urlopen(request, timeout=20) as response:
                return "ok", str(response.status)
        except urllib.error.HTTPError as error:
            if error.code in BOT_HOSTILE:
                return "blocked", str(error.code)
            if error.code < 500 or attempt == retries:
                return "broken", str(error.code)
        except Exception as error:  # DNS, TLS, timeout
            if attempt == retries:
                return "broken", type(error).__name__
        time.sleep(2 * (attempt + 1))
    return "broken", "?"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", default="link-report.md")
    args = parser.parse_args()
    sources = load_dataset().sources
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(sources, pool.map(lambda s: check(s.url), sources.values()), strict=True))
    broken = {k: v for k, v in results.items() if v[0] == "broken"}
    blocked = {k: v for k, v in results.items() if v[0] == "blocked"}
    lines = [f"# Source link check\n\n{len(results)} URLs: {len(broken)} broken, {len(blocked)} blocked by the site.\n"]
    for title, group in (("Broken", broken), ("Blocked (check by hand)", blocked)):
        if group:
            lines.append(f"\n## {title}\n")
            lines += [f"- `{k}` {sources[k].url} ({v[1]})" for k, v in sorted(group.items())]
    Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
