"""One structured record (a JSON object, a CSV row, a schema.org JobPosting) to a posting.

Sources name their fields every which way ("jobTitle", "Job Title", "position"), so keys are
matched after folding case and dropping punctuation, against an alias table built once at
import.  An explicit ``--map field=column`` beats the aliases.  Known schema.org shapes
(Organization, Place/PostalAddress, MonetaryAmount, PropertyValue) become readable strings;
everything else a record carries is kept, JSON-safe, under ``Declared.extra``.

This sits on the hot path of JSON Lines ingest, so a :class:`RecordMapper` works out how to
read each distinct set of keys once per input and reuses that plan for every later record.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

from jobsift.errors import UsageError
from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.htmltext import to_plain_text
from jobsift.model import DECLARED_FIELDS, Declared, RawPosting, SourceRef

#: Field names ``--map`` accepts: the posting text plus every declared field.
MAPPABLE_FIELDS: Final[tuple[str, ...]] = ("description", *DECLARED_FIELDS)

# Earlier aliases win when a record holds several keys for the same field.
_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "title": (
        "title", "job_title", "jobTitle", "position", "position_title", "role", "job_name", "name",
    ),
    "description": (
        "description", "job_description", "description_html", "body", "text", "content",
        "details", "html", "summary",
    ),
    "company": (
        "company", "company_name", "companyName", "hiringOrganization", "employer",
        "organization", "org",
    ),
    "locations": (
        "location", "locations", "jobLocation", "job_location", "city", "place", "address",
        "office", "applicantLocationRequirements",
    ),
    "url": ("url", "link", "apply_url", "applyUrl", "job_url", "href", "permalink"),
    "date_posted": (
        "date_posted", "datePosted", "posted_at", "postedDate", "posted", "published",
        "published_at", "created_at", "date",
    ),
    "valid_through": (
        "valid_through", "validThrough", "expires", "expiry", "closing_date", "deadline",
    ),
    "employment_type": (
        "employment_type", "employmentType", "job_type", "contract_type", "contract", "type",
    ),
    "salary": ("salary", "baseSalary", "salary_range", "compensation", "pay", "wage"),
    "work_mode": (
        "work_mode", "workplace_type", "jobLocationType", "location_type", "remote_type", "remote",
    ),
    "identifier": (
        "id", "identifier", "job_id", "jobId", "requisition_id", "reference", "ref",
    ),
}  # fmt: skip

# Keys that carry JSON-LD bookkeeping, not posting data.
_JSON_LD_KEYWORDS: Final = frozenset({"@context", "@type"})
_TEXT_FIELDS: Final = ("title", "description")
_KEY_CACHE_LIMIT: Final = 10_000  # distinct keys remembered per input; bounds memory
_MAX_DEPTH: Final = 32  # nesting kept in extra; deeper values are cut, not recursed into
_LISTED_KEYS: Final = 10
_PLAIN_JSON: Final = frozenset({str, bool, type(None)})
_INT_MIN: Final = -(2**63)
_INT_MAX: Final = 2**64 - 1


def normalize_key(key: str) -> str:
    """``"Job-Title"``, ``"job_title"`` and ``"jobTitle"`` all become ``"jobtitle"``."""
    return "".join(filter(str.isalnum, key.casefold()))


def _alias_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for field_name, aliases in _ALIASES.items():
        for rank, alias in enumerate(aliases):
            table.setdefault(normalize_key(alias), (field_name, rank))
    return table


_ALIAS_TABLE: Final[dict[str, tuple[str, int]]] = _alias_table()


def validate_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    """Check ``--map field=column`` pairs; return them keyed by the canonical field name.

    Raises :class:`UsageError` naming the valid fields when a field is unknown.
    """
    canonical = {normalize_key(name): name for name in MAPPABLE_FIELDS}
    resolved: dict[str, str] = {}
    for field_name, column in mapping.items():
        name = canonical.get(normalize_key(field_name))
        if name is None:
            raise UsageError(
                f"unknown field {field_name!r} in --map {field_name}={column}",
                hint=f"valid fields are: {', '.join(MAPPABLE_FIELDS)}",
            )
        if not column.strip():
            raise UsageError(
                f"--map {field_name}= names no column", hint="write --map field=COLUMN"
            )
        resolved[name] = column.strip()
    _check_one_field_per_column(resolved)
    return resolved


def _check_one_field_per_column(mapping: dict[str, str]) -> None:
    fields_of: dict[str, list[str]] = {}
    for name, column in mapping.items():
        fields_of.setdefault(column, []).append(name)
    for column, names in fields_of.items():
        if len(names) > 1:
            raise UsageError(
                f"--map gives column {column!r} to {' and '.join(names)}",
                hint="a column feeds one field; without a description the title is the text",
            )


class _BadValue(Exception):
    """A value of the wrong shape for a field that cannot do without it."""


def describe(value: object) -> str:
    """The JSON name of a value's kind, for messages: "an object", "a list", "a number" ..."""
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    return "text" if isinstance(value, str) else type(value).__name__


def _scalar(value: Any) -> str | None:
    """Text from a string or number (``60000.0`` reads ``60000``); None for anything else."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return None


def _first_scalar(value: Any) -> str | None:
    """A scalar, or the first readable scalar of a list."""
    if isinstance(value, list):
        return next(filter(None, map(_scalar, value)), None)
    return _scalar(value)


def _lookup(data: Mapping[str, Any], *keys: str) -> str | None:
    """The first readable scalar under any of ``keys``."""
    for key in keys:
        text = _first_scalar(data.get(key))
        if text:
            return text
    return None


def _required_text(value: Any, key: str, field_name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    text = _scalar(value)
    if text is None and isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "\n".join(value).strip() or None
    if text is None and not _is_empty(value):
        raise _BadValue(
            f'key "{key}" is read as the {field_name} and should hold text, but holds '
            f"{describe(value)}; record skipped (use --map {field_name}=KEY to pick another key)"
        )
    return text


def _description(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    text = _required_text(value, key, "description")
    if text is None:
        return None
    return to_plain_text(text) or None


def _title(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    text = _required_text(value, key, "title")
    # A title is one line; some sources wrap it or pad it with runs of spaces.
    return " ".join(text.split()) if text else None


def _text(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    return _first_scalar(value)


def _company(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, Mapping):
        return _scalar(value)
    website = _lookup(value, "sameAs", "url")
    if website:
        extra.setdefault("company_url", website)
    return _lookup(value, "name", "legalName", "alternateName")


def _raw(data: Mapping[str, Any], *keys: str) -> Any:
    """The value under the first of ``keys`` present, whatever its shape."""
    return next((data[key] for key in keys if key in data), None)


def _country(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return _lookup(value, "name", "identifier", "addressCountry")
    return _first_scalar(value)


def _postal(address: Mapping[str, Any]) -> str | None:
    """Locality, region and country ("Berlin, BE, DE"), skipping empty and repeated parts."""
    parts = (
        _lookup(address, "addressLocality", "locality", "city", "town"),
        _lookup(address, "addressRegion", "region", "state", "province"),
        _country(_raw(address, "addressCountry", "country", "countryCode")),
    )
    kept: list[str] = []
    for part in parts:
        if part and part not in kept:
            kept.append(part)
    return ", ".join(kept) or None


def _place(value: Mapping[str, Any]) -> str | None:
    """A Place, a PostalAddress, a Country or a plain {city, region, country} object."""
    address = value.get("address")
    if isinstance(address, Mapping):
        text = _postal(address) or _lookup(address, "name", "streetAddress", "postalCode")
    else:
        text = _first_scalar(address) or _postal(value)
    return text or _lookup(value, "name", "streetAddress", "postalCode")


def _iter_places(value: Any, depth: int = 0) -> Iterator[str]:
    if isinstance(value, Mapping):
        text = _place(value)
        if text:
            yield text
    elif isinstance(value, list) and depth < 2:
        for item in value:
            yield from _iter_places(item, depth + 1)
    else:
        text = _scalar(value)
        if text:
            yield text


def _locations(value: Any, key: str, extra: dict[str, Any]) -> tuple[str, ...]:
    if isinstance(value, str):  # the usual case, without the generator
        return (value.strip(),) if value.strip() else ()
    return tuple(dict.fromkeys(_iter_places(value)))


def _texts(value: Any, key: str, extra: dict[str, Any]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    items = value if isinstance(value, list) else [value]
    return tuple(dict.fromkeys(filter(None, map(_scalar, items))))


def _amount(low: str | None, high: str | None, exact: str | None) -> str | None:
    if low and high:
        return low if low == high else f"{low}-{high}"
    if exact:
        return exact
    if low:
        return f"from {low}"
    return f"up to {high}" if high else None


def _money(data: Mapping[str, Any], currency: str | None, unit: str | None) -> str | None:
    """QuantitativeValue or a plain {min, max, currency, period} object, as one line."""
    amount = _amount(
        _lookup(data, "minValue", "min", "min_value", "minimum", "from"),
        _lookup(data, "maxValue", "max", "max_value", "maximum", "to"),
        _lookup(data, "value", "amount"),
    )
    if amount is None:
        return None
    currency = _lookup(data, "currency", "currency_code", "currencyCode") or currency
    unit = _lookup(data, "unitText", "unit", "period", "interval", "per") or unit
    words = [amount, currency, f"per {unit}" if unit else None]
    return " ".join(word for word in words if word)


def _salary(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, Mapping):
        return _scalar(value)
    currency = _lookup(value, "currency", "currency_code", "currencyCode")
    unit = _lookup(value, "unitText", "unit", "period", "interval", "per")
    inner = value.get("value")
    if isinstance(inner, Mapping):
        return _money(inner, currency, unit)
    return _money(value, currency, unit)


def _work_mode(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    if isinstance(value, bool):
        # {"remote": true} is the usual boolean; "true" alone would say nothing.
        return "remote" if value else "not remote"
    return ", ".join(_texts(value, key, extra)) or None


def _identifier(value: Any, key: str, extra: dict[str, Any]) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, Mapping):
        return _scalar(value)
    scheme = _lookup(value, "name", "propertyID")
    if scheme:
        extra.setdefault("identifier_name", scheme)
    return _lookup(value, "value", "@id", "identifier")


Converter = Callable[[Any, str, dict[str, Any]], Any]

# Each converter returns the field's value, or None / () when the value is unreadable.
_CONVERTERS: Final[dict[str, Converter]] = {
    "description": _description,
    "title": _title,
    "company": _company,
    "locations": _locations,
    "url": _text,
    "date_posted": _text,
    "valid_through": _text,
    "employment_type": _texts,
    "salary": _salary,
    "work_mode": _work_mode,
    "identifier": _identifier,
}


def _stripped(value: str) -> str | None:
    return value.strip() or None


def _one(value: str) -> tuple[str, ...]:
    value = value.strip()
    return (value,) if value else ()


def _plain(value: str) -> str | None:
    value = value.strip()
    return (to_plain_text(value) or None) if value else None


def _one_line(value: str) -> str | None:
    return " ".join(value.split()) or None


# What each converter makes of a plain string, without its checks for other shapes; a test
# holds the two tables to the same results.
_FROM_TEXT: Final[dict[str, Callable[[str], Any]]] = {
    "description": _plain,
    "title": _one_line,
    "company": _stripped,
    "locations": _one,
    "url": _stripped,
    "date_posted": _stripped,
    "valid_through": _stripped,
    "employment_type": _one,
    "salary": _stripped,
    "work_mode": _stripped,
    "identifier": _stripped,
}


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | dict) and not value)


def json_safe(value: Any, depth: int = 0) -> Any:
    """``value`` as plain JSON types; other scalars become strings, deep nesting is cut."""
    if type(value) in _PLAIN_JSON:
        return value  # the common case, decided without a chain of isinstance checks
    if isinstance(value, Mapping | list | tuple):
        if depth >= _MAX_DEPTH:
            return "(nested too deep)"
        if isinstance(value, Mapping):
            return {str(k): json_safe(v, depth + 1) for k, v in value.items()}
        return [json_safe(item, depth + 1) for item in value]
    return _json_scalar(value)


def _json_scalar(value: Any) -> Any:
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, int):
        # Beyond 64 bits JSON libraries (orjson) refuse the number; its digits still read.
        return value if _INT_MIN <= value <= _INT_MAX else str(value)
    if isinstance(value, float) and math.isfinite(value):
        return value
    return str(value)


_MISSING: Final = object()
_PLAN_CACHE_LIMIT: Final = 1_000  # distinct key sets remembered per input

# (field, key) pairs to convert, and the keys whose values go to ``extra`` as they are.
_Plan = tuple[tuple[tuple[str, Any], ...], tuple[Any, ...]]


class RecordMapper:
    """Maps the records of one input; remembers how each distinct key and key set resolved."""

    def __init__(self, origin: Origin, format: str) -> None:
        self._origin = origin
        self._format = format
        mapping = validate_mapping(origin.mapping)
        self._mapped_fields = frozenset(mapping)
        self._by_column = {column: name for name, column in mapping.items()}
        self._by_norm_column = {normalize_key(c): name for c, name in self._by_column.items()}
        self._targets: dict[str, tuple[str, int] | None] = {}
        self._plans: dict[tuple[Any, ...], _Plan] = {}

    @property
    def mapped_columns(self) -> tuple[str, ...]:
        """The columns named by ``--map``, as the user wrote them."""
        return tuple(self._by_column)

    def target(self, key: str) -> tuple[str, int] | None:
        """The field a key feeds and its rank among that field's keys (lower wins), or None."""
        cached = self._targets.get(key, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        found = self._resolve(key)
        if len(self._targets) < _KEY_CACHE_LIMIT:
            self._targets[key] = found
        return found

    def _resolve(self, key: str) -> tuple[str, int] | None:
        explicit = self._by_column.get(key) or self._by_norm_column.get(normalize_key(key))
        if explicit is not None:
            return (explicit, -1)
        if key.startswith("@"):
            return None
        found = _ALIAS_TABLE.get(normalize_key(key))
        if found is None or found[0] in self._mapped_fields:
            return None
        return found

    def unmatched_columns(self, columns: Iterable[str]) -> list[str]:
        """The ``--map`` columns that none of ``columns`` matches (exactly or folded)."""
        present = set(columns)
        folded = {normalize_key(column) for column in present}
        return [
            column
            for column in self._by_column
            if column not in present and normalize_key(column) not in folded
        ]

    def has_text_key(self, keys: Iterable[str]) -> bool:
        """True when some key would give a posting its title or description."""
        for key in keys:
            found = self.target(str(key))
            if found is not None and found[0] in _TEXT_FIELDS:
                return True
        return False

    def to_posting(self, record: Mapping[str, Any], locator: str) -> ReadItem:
        """The record as a posting, or a problem saying why it cannot be one.  Never raises."""
        try:
            return self._posting(record, locator)
        except _BadValue as exc:
            return ReadProblem(self._origin.uri, locator, str(exc))

    def _posting(self, record: Mapping[str, Any], locator: str) -> ReadItem:
        chosen, others = self._plan(record)
        extra = {str(key): json_safe(record[key]) for key in others if not _is_empty(record[key])}
        values: dict[str, Any] = {}
        for name, key in chosen:
            raw = record[key]
            if type(raw) is str:  # nearly every value: skip the converters' shape checks
                value = _FROM_TEXT[name](raw)
            else:
                value = _CONVERTERS[name](raw, key, extra)
            if value:
                values[name] = value
            elif not _is_empty(raw):
                extra[key] = json_safe(raw)  # unreadable shape: kept, not lost
        text = values.pop("description", None) or values.get("title")
        if not text:
            return self._no_text(record, locator)
        if len(text) > self._origin.max_bytes:
            return self._too_long(text, locator)
        declared = Declared(**values, extra=extra)
        source = SourceRef(self._origin.uri, locator, self._format, declared.url)
        return RawPosting(text=text, source=source, declared=declared)

    def _plan(self, record: Mapping[str, Any]) -> _Plan:
        """How to read a record with these keys; records of one export share a few key sets."""
        keys = tuple(record)
        plan = self._plans.get(keys)
        if plan is None:
            plan = self._make_plan(keys)
            if len(self._plans) < _PLAN_CACHE_LIMIT:
                self._plans[keys] = plan
        return plan

    def _make_plan(self, keys: tuple[Any, ...]) -> _Plan:
        """For each field, the best key present; the others go to ``extra``."""
        best: dict[str, tuple[int, Any]] = {}
        others: list[Any] = []
        for key in keys:
            found = self.target(str(key))
            held = best.get(found[0]) if found else None
            if found is None or (held is not None and held[0] <= found[1]):
                others.append(key)
                continue
            if held is not None:
                others.append(held[1])
            best[found[0]] = (found[1], key)
        chosen = tuple((name, key) for name, (_, key) in best.items())
        return chosen, tuple(key for key in others if key not in _JSON_LD_KEYWORDS)

    def _no_text(self, record: Mapping[str, Any], locator: str) -> ReadProblem:
        keys = [str(key) for key in record]
        shown = ", ".join(keys[:_LISTED_KEYS]) + (", ..." if len(keys) > _LISTED_KEYS else "")
        looked = ", ".join(self._text_keys_looked_for())
        return ReadProblem(
            self._origin.uri,
            locator,
            f"record has no title or description (looked for keys: {looked}; "
            f"the record has: {shown or 'no keys'}); use --map description=KEY to name one",
        )

    def _text_keys_looked_for(self) -> list[str]:
        """The mapped title and description columns, else the first aliases of each, and "..."."""
        looked: list[str] = []
        for name in _TEXT_FIELDS:
            mapped = [column for column, field in self._by_column.items() if field == name]
            looked += mapped or [*_ALIASES[name][:4], "..."]
        return looked

    def _too_long(self, text: str, locator: str) -> ReadProblem:
        return ReadProblem(
            self._origin.uri,
            locator,
            f"posting is {len(text):,} characters, over the limit of "
            f"{self._origin.max_bytes:,} (JOBSIFT_MAX_POSTING_BYTES); skipped",
        )


def record_to_posting(
    record: Mapping[str, Any], origin: Origin, locator: str, format: str
) -> ReadItem:
    """One record on its own; readers with many records keep one :class:`RecordMapper`."""
    return RecordMapper(origin, format).to_posting(record, locator)


_JOB_POSTING: Final = "jobposting"


def is_job_posting(value: Mapping[str, Any]) -> bool:
    """True when the object's ``@type`` (a string or a list) names schema.org's JobPosting.

    Accepts the prefixed spellings too: ``schema:JobPosting``, ``https://schema.org/JobPosting``.
    """
    kinds = value.get("@type")
    if isinstance(kinds, str):
        return _short_type(kinds) == _JOB_POSTING
    if isinstance(kinds, list):
        return any(isinstance(kind, str) and _short_type(kind) == _JOB_POSTING for kind in kinds)
    return False


def _short_type(kind: str) -> str:
    return kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().casefold()
