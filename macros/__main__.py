"""Command line for editors and the Makefile.

    python -m macros check      validate every data file; print all errors; exit 1 on any
    python -m macros generate   write the JSON Schemas (data/schema/) from the models
    python -m macros render     write every page as plain Markdown into build/docs/ (what MkDocs builds)
    python -m macros offline    build the offline bundle into dist/<name>-offline.zip
    python -m macros translations            list missing and stale translations (Persian, Russian)
    python -m macros translations --scaffold fa articles [KEY ...]
                                             print a translation skeleton: the English filled in, text to write
"""

from __future__ import annotations

import argparse
import sys

from .dataset import DataError, load_dataset


def check() -> int:
    try:
        data = load_dataset()
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"\n{len(error.problems)} error(s). Fix them and run `make check` again.", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.records.items() if isinstance(v, dict))
    print(f"data OK: {counts}")
    return translations_report(data)


def translations_report(data, strict: bool = False) -> int:
    """Validate the translations (errors fail) and list what is missing or stale (core pages first)."""
    from . import translations

    try:
        catalogs = translations.load_all(data)
    except DataError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"\n{len(error.problems)} translation error(s).", file=sys.stderr)
        return 1
    core, other = translations.report(catalogs, data)
    for lang, catalog in catalogs.items():
        done = sum(1 for st in catalog.status.values() if st.state == "current")
        print(f"{lang}: {done} records and {len(catalog.pages)} pages translated and current, "
              f"{len(catalog.interface)} interface strings")
    if core:
        print(f"\nCore pages: {len(core)} translation(s) missing or stale:")
        for line in core:
            print(f"  {line}")
    if other:
        print(f"\nWarning: {len(other)} translation(s) outside the core pages missing or stale:")
        for line in other:
            print(f"  warning: {line}")
    return 1 if (strict and core) else 0


def generate() -> int:
    from . import generate as gen
    from .dataset import ROOT

    for path in gen.write():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


def render(out: str | None, quiet: bool) -> int:
    from pathlib import Path

    from . import build

    try:
        data = load_dataset()
    except DataError as error:
        print(f"data validation failed, nothing was rendered.\n{error}", file=sys.stderr)
        return 1
    repo_url, site_url = build.repo_settings()
    try:
        changed = build.render(Path(out) if out else build.OUT_DIR, data, repo_url=repo_url, site_url=site_url)
    except build.RenderError as error:
        print(f"render failed: {error}", file=sys.stderr)
        return 1
    if not quiet:
        print(f"rendered: {len(changed)} file(s) changed")
    return 0


def offline(name: str, dist: str | None) -> int:
    from . import offline as bundle

    return bundle.main(name, dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate all data")
    sub.add_parser("generate", help="write the JSON Schemas")
    ren = sub.add_parser("render", help="write the site as Markdown into build/docs/")
    ren.add_argument("--out", default=None)
    ren.add_argument("--quiet", action="store_true")
    tra = sub.add_parser("translations", help="list missing and stale translations")
    tra.add_argument("--scaffold", nargs="+", metavar=("LANG TYPE", "KEY"), default=None)
    off = sub.add_parser("offline", help="build the offline bundle")
    off.add_argument("--name", default="russia-iran-treaty")
    off.add_argument("--dist", default=None, help="output directory (default: dist/)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check()
    if args.command == "generate":
        return generate()
    if args.command == "render":
        return render(args.out, args.quiet)
    if args.command == "translations":
        data = load_dataset()
        if args.scaffold:
            from . import translations

            lang, ctype, *keys = args.scaffold
            print(translations.scaffold(lang, ctype, data, keys or None), end="")
            return 0
        return translations_report(data)
    return offline(args.name, args.dist)


if __name__ == "__main__":
    sys.exit(main())
