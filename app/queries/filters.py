"""WHERE-clause building shared by every list: one place decides how a filter becomes SQL."""

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Where:
    """Clauses joined with AND, and the parameters they bind (always by name, never by formatting)."""

    clauses: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def equal(self, column: str, name: str, value: Any) -> None:
        if value is not None and value != "":
            self.clauses.append(f"{column} = :{name}")
            self.params[name] = value

    def at_least(self, column: str, name: str, value: Any) -> None:
        if value is not None:
            self.clauses.append(f"{column} >= :{name}")
            self.params[name] = value

    def at_most(self, column: str, name: str, value: Any) -> None:
        if value is not None:
            self.clauses.append(f"{column} <= :{name}")
            self.params[name] = value

    def dates(self, column: str, date_from: str | None, date_to: str | None) -> None:
        self.at_least(column, "date_from", date_from)
        self.at_most(column, "date_to", date_to)

    def match(self, fts_table: str, key: str, expression: str | None, joined: bool) -> None:
        """Full-text filter: a MATCH on the joined FTS table (relevance sort), else a rowid subquery."""
        if expression:
            self.clauses.append(f"{fts_table} MATCH :match" if joined
                                else f"{key} IN (SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :match)")
            self.params["match"] = expression

    def about(self, key: str, topics: list[str], countries: list[str], correlated: bool = False) -> None:
        """Rows whose article (`key` is its pk) has any of the topics and any of the countries.
        Articles store their topics' ancestors too, so a broad topic finds its narrower ones.

        `correlated` checks each row as it streams by (a page: stops after `limit` rows); otherwise
        the topic's articles are collected once, which suits counting them all."""
        for table, column, name, values in (("article_topic", "qcode", "topic", topics),
                                            ("article_country", "country", "country", countries)):
            if not values:
                continue
            marks = self.one_of(name, values)
            self.clauses.append(f"EXISTS (SELECT 1 FROM {table} WHERE article_pk = {key} AND {column} IN ({marks}))"
                                if correlated else
                                f"{key} IN (SELECT article_pk FROM {table} WHERE {column} IN ({marks}))")

    def one_of(self, name: str, values: list[str]) -> str:
        """`:name0, :name1, ...` with the values bound, for an IN (...) of user-given values."""
        for i, value in enumerate(values):
            self.params[f"{name}{i}"] = value
        return ", ".join(f":{name}{i}" for i in range(len(values)))
