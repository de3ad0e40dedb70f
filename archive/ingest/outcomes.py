"""What ingesting one file came to: the command counts these and reports the failures."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    path: str
    status: Status
    article_id: int | None = None
    message: str = ""
