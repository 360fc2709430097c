"""The event filters shared by `summary` and `export`, as one SQL condition on `events`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Filters:
    """Keep events of a country (ISO2), an admin1, a date range, a type or sub-type, an actor
    (a part of its name, as actor1 or actor2). Comparisons ignore case and accents' case."""

    country: str | None = None
    admin1: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    actor: str | None = None

    def where(self, alias: str = "events") -> tuple[str, list[object]]:
        """A condition on `alias` (an events table) and its parameters."""
        e = alias
        clauses: list[str] = []
        params: list[object] = []
        if self.country:
            clauses.append(f"casefold({e}.country) = casefold(?)")
            params.append(self.country)
        if self.admin1:
            clauses.append(f"casefold({e}.admin1) = casefold(?)")
            params.append(self.admin1)
        if self.since:
            clauses.append(f"{e}.event_date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append(f"{e}.event_date <= ?")
            params.append(self.until.isoformat())
        if self.event_type:
            clauses.append(
                f"(casefold({e}.event_type) = casefold(?) "
                f"OR casefold({e}.sub_event_type) = casefold(?))"
            )
            params += [self.event_type, self.event_type]
        if self.actor:
            clauses.append(
                f"(instr(casefold({e}.actor1), casefold(?)) "
                f"OR instr(casefold({e}.actor2), casefold(?)))"
            )
            params += [self.actor, self.actor]
        return (" AND ".join(clauses) or "1"), params

    def any(self) -> bool:
        return any(value is not None for value in vars(self).values())
