"""The comparison matrix (`data/comparison.yaml`): this treaty against related agreements, cell by cell."""

from __future__ import annotations

from pydantic import Field, model_validator

from .base import ClaimStatus, Record, Slug, Sources, StrictDate, Text


class Compared(Record):
    id: Slug
    name: Text
    short: Text
    sources: Sources


class Cell(Record):
    value: Text = Field(description='Short value; "Not in the text" is a value, not a blank.')
    detail: Text
    status: ClaimStatus
    sources: Sources


class Row(Record):
    id: Slug
    label: Text
    cells: dict[Slug, Cell]


class Comparison(Record):
    treaties: list[Compared] = Field(min_length=2)
    rows: list[Row] = Field(min_length=1)
    last_verified: StrictDate

    @model_validator(mode="after")
    def _every_cell_filled(self):
        ids = [t.id for t in self.treaties]
        for row in self.rows:
            missing = [i for i in ids if i not in row.cells]
            extra = [i for i in row.cells if i not in ids]
            if missing or extra:
                raise ValueError(f"row {row.id!r}: cells must cover exactly {ids} (missing {missing}, unknown {extra})")
        return self
