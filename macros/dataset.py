"""Load, validate and cache the whole data set.

`load_dataset()` reads every YAML file under `data/`, validates it against the typed models and returns a
`Dataset`. Every problem in every file is collected before anything fails, and each one is reported as
`file:line: field.path: message`. The MkDocs build, `make check` and the tests all go through this one function.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

ROOT = Path(__file__).resolve().parent.parent
# The data folder; EXPLAINER_DATA points the whole pipeline at another copy (the benchmark's 10x data set).
DATA_DIR = Path(os.environ.get("EXPLAINER_DATA") or ROOT / "data")

# PyYAML's C parser when available (about 15 times faster than pure Python), with line numbers from its nodes.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int):
        super().__init__(f"duplicate key {key!r} (first at line {first})")
        self.line = line


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field or '(file)'}: {self.message}"


class DataError(Exception):
    """Raised with every problem found; str() lists them one per line."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.field))
        super().__init__(
            f"{len(self.problems)} data error(s):\n" + "\n".join(str(p) for p in self.problems))


@dataclass
class Dataset:
    """The validated data: one attribute per content type (a dict by id, or the single record)."""

    records: dict[str, Any]
    origin: dict[tuple[str, Any], tuple[str, int]] = field(default_factory=dict)
    """(content type, id) -> (file relative to the repository, line) for edit links and messages."""

    def count(self, name: str) -> int:
        """How many records a content type has (1 for a single-record type such as the treaty)."""
        records = self.records.get(name)
        return len(records) if isinstance(records, dict) else int(records is not None)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.records[name]
        except KeyError:
            raise AttributeError(name) from None


# -- YAML with line numbers -------------------------------------------------------------------------------------

def _plain(node: yaml.Node, path: tuple, lines: dict[tuple, int], loader) -> Any:
    """Turn a composed YAML node into plain Python, recording the line (1-based) of every path.

    Timestamps stay text, so that impossible dates reach the model (and get a proper message)."""
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(loader.construct_object(key_node))
            line = key_node.start_mark.line + 1
            if key in out:
                raise DuplicateKey(key, line, first_line[key])
            first_line[key] = line
            lines[path + (key,)] = line
            out[key] = _plain(value_node, path + (key,), lines, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1
            items.append(_plain(item, path + (i,), lines, loader))
        return items
    if node.tag == _TIMESTAMP:
        return node.value
    return loader.construct_object(node, deep=True)


def _line_for(loc: tuple, lines: dict[tuple, int]) -> int:
    """The line of the deepest part of `loc` that exists in the file (missing fields point at their parent)."""
    path: tuple = ()
    best = 1
    for part in loc:
        candidate = path + (part,)
        if candidate in lines:
            path = candidate
            best = lines[candidate]
        elif isinstance(part, str) and not part.isidentifier():
            continue  # pydantic's internal loc parts such as 'function-after[...]'
    return best


def _field_path(loc: tuple) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, str) and (part.isidentifier()):
            text += f".{part}" if text else part
    return text


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (a typo?); see data/schema for the allowed fields"
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if kind in ("string_too_short",) and error.get("input") == "":
        return "must not be empty"
    value = error.get("input")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and kind != "value_error":
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "…'"
        message += f" (got {shown})"
    return message


def _field_names(model) -> set[str]:
    """Every field name of a model and of the models nested in it (for 'did you mean')."""
    names: set[str] = set()
    todo = [model]
    while todo:
        current = todo.pop()
        for name, info in getattr(current, "model_fields", {}).items():
            if name in names:
                continue
            names.add(name)
            for arg in _nested_models(info.annotation):
                todo.append(arg)
    return names


def _nested_models(annotation) -> list:
    from typing import get_args

    from pydantic import BaseModel

    found, stack = [], [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            found.append(current)
        stack.extend(get_args(current))
    return found


def _explain(errors: list[dict], fields: set[str] = frozenset()) -> list[tuple[tuple, str]]:
    """One message per problem: an unknown field next to a missing one of a similar name is one typo."""
    import difflib

    missing = {tuple(e["loc"]): e for e in errors if e["type"] == "missing"}
    used_missing: set[tuple] = set()
    out = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden" and isinstance(loc[-1], str):
            siblings = [m[-1] for m in missing if m[:-1] == loc[:-1] and m not in used_missing]
            close = difflib.get_close_matches(loc[-1], siblings, n=1, cutoff=0.6)
            if close:
                used_missing.add(loc[:-1] + (close[0],))
                out.append((loc, f"unknown field {loc[-1]!r}: did you mean {close[0]!r}?"))
                continue
            close = difflib.get_close_matches(loc[-1], sorted(fields), n=1, cutoff=0.75)
            if close:
                out.append((loc, f"unknown field {loc[-1]!r}: did you mean {close[0]!r}?"))
                continue
        if error["type"] == "missing" and loc in used_missing:
            continue
        out.append((loc, _message(error)))
    return [item for item in out if item[0] not in used_missing]


# -- Loading --------------------------------------------------------------------------------------------------

def _files(ctype, data_dir: Path) -> list[Path]:
    target = data_dir / ctype.path
    if ctype.path.endswith(".yaml"):
        return [target] if target.exists() else []
    return sorted(target.glob("*.yaml")) if target.is_dir() else []


def _rel(path: Path, data_dir: Path) -> str:
    """The file as the repository names it (data/...), wherever the data folder is."""
    try:
        return "data/" + path.relative_to(data_dir).as_posix()
    except ValueError:
        return str(path)


def _read(path: Path, rel: str, problems: list[Problem]) -> tuple[Any, dict[tuple, int]] | None:
    lines: dict[tuple, int] = {}
    try:
        loader = _Loader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            return (None if node is None else _plain(node, (), lines, loader)), lines
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(Problem(rel, line, "", f"YAML syntax error: {exc.problem or exc.context}"))
    except DuplicateKey as exc:
        problems.append(Problem(rel, exc.line, "", f"YAML: {exc}"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        problems.append(Problem(rel, 1, "", f"cannot read YAML: {exc}"))
    return None


def _normalize(value: str) -> str:
    """Compare URLs and names loosely: case, a leading www. and a trailing slash do not make them different."""
    return value.lower().replace("://www.", "://").rstrip("/")


def load_dataset(data_dir: Path | None = None, docs_dir: Path | None = None) -> Dataset:
    from .registry import CONTENT_TYPES

    """Read and validate everything under `data_dir` (default: the repository's data/). Raises DataError."""
    data_dir = Path(data_dir or DATA_DIR)
    problems: list[Problem] = []
    parsed: dict[str, list[tuple[str, Any, dict]]] = {}

    # 1. Parse every file.
    for ctype in CONTENT_TYPES:
        parsed[ctype.name] = []
        files = _files(ctype, data_dir)
        if ctype.required and not files:
            problems.append(Problem(_rel(data_dir / ctype.path, data_dir), 1, "", "required data file is missing"))
        for path in files:
            rel = _rel(path, data_dir)
            result = _read(path, rel, problems)
            if result is None:
                continue
            raw, lines = result
            if raw is None:
                problems.append(Problem(rel, 1, "", "file is empty"))
                continue
            parsed[ctype.name].append((rel, raw, lines))

    # 2. Collect the ids every reference may point to (from the raw data, so validation can check references).
    ids: dict[str, set] = {}
    for ctype in CONTENT_TYPES:
        if ctype.key is None:
            continue
        ids[ctype.name] = {
            item.get(ctype.key)
            for _rel_path, raw, _lines in parsed[ctype.name]
            for item in (raw if ctype.many and isinstance(raw, list) else [raw])
            if isinstance(item, dict)
        }

    from .registry import page_files

    ids["pages"] = page_files(ids, docs_dir or ROOT / "docs")

    # 3. Validate each file against its model, with the ids as context.
    records: dict[str, Any] = {}
    origin: dict[tuple[str, Any], tuple[str, int]] = {}
    for ctype in CONTENT_TYPES:
        adapter = TypeAdapter(list[ctype.model] if ctype.many else ctype.model)
        seen: dict[Any, tuple[str, int]] = {}
        seen_values: dict[tuple[str, str], tuple[str, int]] = {}
        collected: dict[Any, Any] = {}
        for rel, raw, lines in parsed[ctype.name]:
            try:
                value = adapter.validate_python(raw, context={"ids": ids})
            except ValidationError as exc:
                for loc, message in _explain(exc.errors(), _field_names(ctype.model)):
                    problems.append(Problem(rel, _line_for(loc, lines), _field_path(loc), message))
                continue
            items = value if ctype.many else [value]
            for index, item in enumerate(items):
                if ctype.key is None:
                    collected = item
                    continue
                key = getattr(item, ctype.key)
                key_path = ((index,) if ctype.many else ()) + (ctype.key,)
                line = lines.get(key_path, 1)
                if key in seen:
                    first_file, first_line = seen[key]
                    problems.append(Problem(rel, line, _field_path(key_path),
                                            f"duplicate {ctype.key} {key!r} (first defined at {first_file}:{first_line})"))
                    continue
                seen[key] = (rel, line)
                for name in ctype.unique:
                    value = getattr(item, name)
                    if value is None:
                        continue
                    norm = _normalize(value)
                    path = ((index,) if ctype.many else ()) + (name,)
                    where = (rel, lines.get(path, line))
                    if (name, norm) in seen_values:
                        first_file, first_line = seen_values[(name, norm)]
                        problems.append(Problem(rel, where[1], _field_path(path),
                                                f"duplicate {name} {value!r} (also at {first_file}:{first_line}); "
                                                "reuse that entry instead"))
                    else:
                        seen_values[(name, norm)] = where
                if ctype.stem and not ctype.many:
                    expected = ctype.stem(item)
                    if Path(rel).stem != expected:
                        problems.append(Problem(rel, line, ctype.key, f"file must be named {expected}.yaml"))
                collected[key] = item
                origin[(ctype.name, key)] = (rel, line)
        records[ctype.name] = collected if ctype.key is not None else (collected or None)

    if problems:
        raise DataError(problems)
    for ctype in CONTENT_TYPES:
        if ctype.key is not None and ctype.sort:
            records[ctype.name] = dict(sorted(records[ctype.name].items(), key=lambda kv: ctype.sort(kv[1])))
    return Dataset(records=records, origin=origin)

