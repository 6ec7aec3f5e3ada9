"""The registry of content types. Adding a type = a model module, a line here, a data file and a render module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from .base import Record
from .articles import Article
from .claims import ContestedClaim
from .comparison import Comparison
from .context import Context
from .coverage import CoverageItem
from .faq import Question
from .glossary import Term
from .outlets import Outlet
from .sectors import Sector
from .sources import Source
from .timeline import Event
from .treaty import Treaty


@dataclass(frozen=True)
class ContentType:
    name: str                      # attribute on Dataset, target name for references, schema file name
    model: type[Record]
    path: str                      # under data/: a file (*.yaml) or a directory of *.yaml files
    many: bool                     # each file holds a list of records (True) or one record (False)
    key: Optional[str] = "id"      # the id field; None for a single record (the treaty)
    required: bool = True
    stem: Optional[Callable[[Any], str]] = None   # expected file name for one-record-per-file types
    sort: Optional[Callable[[Any], Any]] = None   # order of records in the Dataset
    schema: str = ""                               # JSON Schema file name under data/schema/ (default: name)
    unique: tuple[str, ...] = ()                   # other fields whose values must be unique (case-insensitive)

    @property
    def schema_file(self) -> str:
        return f"{self.schema or self.name}.json"


CONTENT_TYPES: list[ContentType] = [
    ContentType("outlets", Outlet, "outlets.yaml", many=True, sort=lambda o: o.name.lower(), unique=("name",)),
    ContentType("sources", Source, "sources", many=True, sort=lambda s: s.id, unique=("url",)),
    ContentType("treaty", Treaty, "treaty.yaml", many=False, key=None),
    ContentType("articles", Article, "articles", many=False, key="number", schema="article",
                stem=lambda a: "preamble" if a.number == 0 else f"article-{a.number:02d}", sort=lambda a: a.number),
    ContentType("sectors", Sector, "sectors", many=False, schema="sector", stem=lambda s: s.id,
                sort=lambda s: s.id, required=False),
    ContentType("context", Context, "context", many=False, stem=lambda c: c.id, sort=lambda c: c.id, required=False),
    ContentType("coverage", CoverageItem, "coverage", many=True, sort=lambda c: (c.sector, c.id), required=False),
    ContentType("timeline", Event, "timeline", many=True, sort=lambda e: (e.start, e.date, e.id), required=False),
    ContentType("glossary", Term, "glossary.yaml", many=True, sort=lambda t: t.term.lower(), required=False,
                unique=("term", "abbr")),
    ContentType("faq", Question, "faq.yaml", many=True, required=False),
    ContentType("claims", ContestedClaim, "claims.yaml", many=True, required=False),
    ContentType("comparison", Comparison, "comparison.yaml", many=False, key=None, required=False),
]

__all__ = ["CONTENT_TYPES", "ContentType", "Record"]
