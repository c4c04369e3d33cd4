"""Places: a gazetteer of cities, regions and countries built from GeoNames and ISO 3166.

GeoNames data (https://www.geonames.org) is licensed under CC BY 4.0.
"""

from __future__ import annotations

from jobsift.geo.gazetteer import (
    Gazetteer,
    GazetteerError,
    NameEntry,
    Place,
    PlaceKind,
    SameLength,
    Spelling,
    fold,
    load_gazetteer,
)

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "NameEntry",
    "Place",
    "PlaceKind",
    "SameLength",
    "Spelling",
    "fold",
    "load_gazetteer",
]
