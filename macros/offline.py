"""Build the offline bundle: the whole site as HTML files that open from file://, search included.

Runs `mkdocs build --strict -f mkdocs.offline.yml` with Material's offline plugin switched on, then zips the
result reproducibly (sorted entries, fixed timestamps) into dist/<name>-offline.zip.
"""

from __future__ import annotations

import os
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


def main(name: str, dist: Path | None = None) -> int:
    dist = Path(dist or ROOT / "dist")
    site_dir = ROOT / "build" / "offline"
    env = {**os.environ, "OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
                             "-f", str(ROOT / "mkdocs.offline.yml"), "-d", str(site_dir)], cwd=ROOT, env=env)
    if result.returncode != 0:
        return result.returncode
    target = dist / f"{name}-offline.zip"
    zip_dir(site_dir, target, int(os.environ.get("SOURCE_DATE_EPOCH", _EPOCH_FLOOR)), folder=name)
    print(f"offline bundle: {target} ({target.stat().st_size // 1024} KiB). Unzip it and open {name}/index.html.")
    return 0
