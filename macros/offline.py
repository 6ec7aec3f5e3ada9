"""Build the offline bundle: the whole site as HTML files that open from file://, search included.

Runs `mkdocs build --strict -f mkdocs.offline.yml` with Material's offline plugin switched on (the hook builds the
Persian and Russian editions into it too), then zips the result reproducibly (sorted entries, fixed timestamps):

- dist/<name>-offline.zip     unpacks into <name>/; index.html opens the English edition;
- dist/<name>-offline-fa.zip  unpacks into <name>-fa/; index.html opens the Persian edition;
- dist/<name>-offline-ru.zip  unpacks into <name>-ru/; index.html opens the Russian edition.

Each bundle carries all three editions (the language menu works offline); the edition bundles keep the site in
site/ beside a start page in their language.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from .dataset import ROOT

# Zip timestamps cannot predate 1980; the commit time keeps two builds of one commit byte-identical.
_EPOCH_FLOOR = 315532800


def zip_dir(source: Path, target: Path, epoch: int, folder: str = "") -> None:
    """Zip `source` reproducibly; every entry goes under `folder/` so the bundle unpacks into one folder."""
    stamp = max(epoch, _EPOCH_FLOOR)
    import time

    date_time = time.gmtime(stamp)[:6]
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo((f"{folder}/" if folder else "") + path.relative_to(source).as_posix(),
                                   date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes())


START_PAGE = """<!doctype html>
<html lang="{lang}" dir="{direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="0; url=site/{lang}/index.html"><title>{title}</title></head>
<body><p><a href="site/{lang}/index.html">{title}</a></p></body>
</html>
"""


def edition_bundle(site_dir: Path, target: Path, epoch: int, folder: str, lang: str) -> None:
    """A bundle that opens in one edition: the whole site under site/, and index.html leading to that edition."""
    import json
    import tempfile

    from .i18n import EDITIONS

    words = json.loads((ROOT / "build" / f"nav-{lang}.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "index.html").write_text(START_PAGE.format(lang=lang, direction=EDITIONS[lang].direction,
                                                           title=words["site_name"]), encoding="utf-8")
        shutil.copytree(site_dir, root / "site")
        zip_dir(root, target, epoch, folder=folder)


def main(name: str, dist: Path | None = None) -> int:
    dist = Path(dist or ROOT / "dist")
    site_dir = ROOT / "build" / "offline"
    env = {**os.environ, "OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
                             "-f", str(ROOT / "mkdocs.offline.yml"), "-d", str(site_dir)], cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    from .translations import EDITION_LANGS

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", _EPOCH_FLOOR))
    target = dist / f"{name}-offline.zip"
    zip_dir(site_dir, target, epoch, folder=name)
    print(f"offline bundle: {target} ({target.stat().st_size // 1024} KiB). Unzip it and open {name}/index.html.")
    for lang in EDITION_LANGS:
        target = dist / f"{name}-offline-{lang}.zip"
        edition_bundle(site_dir, target, epoch, f"{name}-{lang}", lang)
        print(f"offline bundle ({lang}): {target} ({target.stat().st_size // 1024} KiB). "
              f"Unzip it and open {name}-{lang}/index.html.")
    return 0
