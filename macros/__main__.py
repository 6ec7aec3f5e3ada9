"""Command line for editors and the Makefile.

    python -m macros check      validate every data file; print all errors; exit 1 on any
    python -m macros generate   write JSON Schemas and page stubs from the models and data
    python -m macros offline    build the offline bundle into dist/<name>-offline.zip
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
    return 0


def generate() -> int:
    from . import generate as gen

    try:
        data = load_dataset()
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    for path in gen.write(data):
        print(f"wrote {path.relative_to(gen.ROOT)}")
    return 0


def offline(name: str, dist: str | None) -> int:
    from . import offline as bundle

    return bundle.main(name, dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate all data")
    sub.add_parser("generate", help="write schemas and page stubs")
    off = sub.add_parser("offline", help="build the offline bundle")
    off.add_argument("--name", default="russia-iran-treaty")
    off.add_argument("--dist", default=None, help="output directory (default: dist/)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check()
    if args.command == "generate":
        return generate()
    return offline(args.name, args.dist)


if __name__ == "__main__":
    sys.exit(main())
