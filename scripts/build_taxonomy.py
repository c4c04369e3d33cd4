"""Build the taxonomy data files that ship inside jobsift.

    .venv/bin/python scripts/build_taxonomy.py --data ../shared/data --out src/jobsift/taxonomy/data

Reads ESCO v1.1.1 (skills, skill groups, occupations, ISCO-08 groups and their relations), O*NET
27.0 (titles, job zones, technology skills) and eight MELO benchmark sets (ESCO occupation labels
in seven more languages; the O*NET -> ESCO links of its US set), and writes gzip JSON Lines files,
MANIFEST.json and ATTRIBUTION.md.  Ids, labels and relations only: no descriptions.

Deterministic: the same inputs give the same bytes (records, lists and keys sorted; gzip header
without timestamp or file name).  The product reads only what this script writes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import math
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

FORMAT = "v1"
VERSION = f"esco-1.1.1+onet-27.0+taxonomy.{FORMAT}"
ESCO_BASE = "http://data.europa.eu/esco/"
FILES = {
    "skills": f"esco-skills.{FORMAT}.jsonl.gz",
    "occupations": f"esco-occupations.{FORMAT}.jsonl.gz",
    "isco": f"isco-groups.{FORMAT}.jsonl.gz",
    "onet": f"onet-occupations.{FORMAT}.jsonl.gz",
}
MELO_SETS = {
    "de": "deu_q_de_c_de",
    "es": "esp_q_es_c_es",
    "fr": "fra_q_fr_c_fr",
    "it": "ita_q_it_c_it",
    "nl": "nld_q_nl_c_nl",
    "pl": "pol_q_pl_c_pl",
    "pt": "prt_q_pt_c_pt",
}
MELO_US_SET = "usa_q_en_c_en"
# ESCO's skills pillar has four top concepts; a skill group's kind follows the one it sits under.
PILLAR_KIND = {"K": "knowledge", "S": "skill", "T": "skill", "L": "skill"}

Record = dict[str, object]


class BuildError(Exception):
    """An input is missing or not what this script expects; the message says which."""


@dataclass
class Build:
    """What the run read, kept and dropped: it all ends up in MANIFEST.json."""

    data: Path
    dropped: Counter[str] = field(default_factory=Counter)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def esco(self) -> Path:
        return self.data / "esco-1.1.1-en"

    @property
    def onet(self) -> Path:
        return self.data / "onet-27.0"

    @property
    def melo(self) -> Path:
        return self.data / "melo" / "sets"


@dataclass(frozen=True)
class Esco:
    """The ESCO CSV rows this build uses, read once."""

    skills: list[dict[str, str]]
    groups: list[dict[str, str]]
    occupations: list[dict[str, str]]
    isco: list[dict[str, str]]

    @classmethod
    def read(cls, build: Build) -> Esco:
        archive = build.esco / "classification_en.zip"
        return cls(
            read_zip_csv(archive, "skills_en.csv"),
            read_zip_csv(archive, "skillGroups_en.csv"),
            read_zip_csv(archive, "occupations_en.csv"),
            read_zip_csv(archive, "ISCOGroups_en.csv"),
        )

    def relations(self, build: Build, member: str) -> list[dict[str, str]]:
        return read_zip_csv(build.esco / "relations.zip", member)


# --- reading -----------------------------------------------------------------------------------


def require(path: Path) -> Path:
    if not path.exists():
        raise BuildError(
            f"{path} is missing; --data must point at the shared data folder "
            "(with esco-1.1.1-en/, onet-27.0/ and melo/sets/)"
        )
    return path


def read_zip_csv(archive: Path, member: str) -> list[dict[str, str]]:
    # ESCO's CSVs hold multi-line cells (alt labels are newline-separated) and some huge ones.
    csv.field_size_limit(sys.maxsize)
    with zipfile.ZipFile(require(archive)) as zipped:
        if member not in zipped.namelist():
            raise BuildError(f"{archive} has no {member}; is it the ESCO v1.1.1 CSV download?")
        with zipped.open(member) as raw:
            return list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")))


def read_tsv(path: Path) -> list[dict[str, str]]:
    # O*NET text files are tab-separated with no quoting; quotes inside titles are literal.
    with require(path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_pairs(path: Path) -> dict[str, str]:
    """A headerless two-column TSV (MELO's files) as a dict."""
    pairs: dict[str, str] = {}
    with require(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            key, sep, value = line.rstrip("\n").partition("\t")
            if not sep:
                raise BuildError(f"{path}:{number}: expected two tab-separated columns")
            pairs[key] = value.strip()
    return pairs


def split_labels(cell: str) -> list[str]:
    return [label.strip() for label in cell.split("\n") if label.strip()]


def other_labels(cell: str, *exclude: Iterable[str]) -> list[str]:
    """The labels of ``cell`` not already given by ``exclude``, sorted and without repeats."""
    seen = {label for group in exclude for label in group}
    return sorted(set(split_labels(cell)) - seen)


def curie(uri: str) -> str:
    """ESCO URIs shortened to ``esco:<path>``: unique across skills, groups and occupations."""
    if not uri.startswith(ESCO_BASE):
        raise BuildError(f"not an ESCO URI: {uri!r}")
    return "esco:" + uri.removeprefix(ESCO_BASE)


def compact(record: Record) -> Record:
    """Drop empty values: the loader reads a missing key as empty, and the files stay small."""
    return {key: value for key, value in record.items() if value not in ("", [], {}, None)}


# --- ESCO skills -------------------------------------------------------------------------------


def relation_map(
    rows: list[dict[str, str]],
    source: str,
    target: str,
    *,
    known: set[str],
    build: Build,
    name: str,
) -> dict[str, list[str]]:
    """``source -> sorted targets`` (as curies), dropping rows whose ends are not in ``known``."""
    mapping: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row[source] in known and row[target] in known:
            mapping[row[source]].add(curie(row[target]))
        else:
            build.dropped[f"{name}: row naming an unknown concept"] += 1
    return {key: sorted(values) for key, values in mapping.items()}


def pillar_of(groups: dict[str, str], broader: dict[str, list[str]]) -> dict[str, str]:
    """Each skill group's top concept code (K, S, T or L), found by walking up the hierarchy."""
    top = {uri: code for uri, code in groups.items() if code in PILLAR_KIND}
    by_curie = {curie(uri): uri for uri in groups}

    def walk(uri: str, depth: int = 0) -> str:
        if uri in top or depth > 10:
            return top.get(uri, "S")
        parents = [by_curie[p] for p in broader.get(uri, ()) if p in by_curie]
        return walk(parents[0], depth + 1) if parents else "S"

    return {uri: walk(uri) for uri in groups}


def group_code(row: dict[str, str]) -> str:
    # Hierarchy groups carry a code (S1.2.3); ISCED-F fields of education carry theirs in the URI.
    if row["code"]:
        return row["code"]
    return row["conceptUri"].rsplit("/", 1)[-1]


def build_skills(build: Build, esco: Esco) -> list[Record]:
    skills, groups = esco.skills, esco.groups
    known = {row["conceptUri"] for row in skills + groups}
    broader = relation_map(
        esco.relations(build, "broaderRelationsSkillPillar.csv"),
        "conceptUri",
        "broaderUri",
        known=known,
        build=build,
        name="skill hierarchy",
    )
    related = typed_relations(
        esco.relations(build, "skillSkillRelations.csv"),
        "originalSkillUri",
        "relatedSkillUri",
        known=known,
        build=build,
        name="skill-skill relations",
    )
    pillars = pillar_of({row["conceptUri"]: group_code(row) for row in groups}, broader)
    records = [skill_record(row, broader, related) for row in skills]
    records += [group_record(row, broader, pillars) for row in groups]
    build.counts["skills"] = len(skills)
    build.counts["skill_groups"] = len(groups)
    build.counts["skill_alt_labels_source"] = sum(len(split_labels(r["altLabels"])) for r in skills)
    return sorted(records, key=lambda record: str(record["id"]))


def typed_relations(
    rows: list[dict[str, str]],
    source: str,
    target: str,
    *,
    known: set[str],
    build: Build,
    name: str,
) -> dict[str, dict[str, list[str]]]:
    """``source uri -> {"essential": [...], "optional": [...]}``, as ESCO states them (one way)."""
    by_type: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for kind in ("essential", "optional"):
        subset = [row for row in rows if row["relationType"] == kind]
        mapping = relation_map(subset, source, target, known=known, build=build, name=name)
        for uri, targets in mapping.items():
            by_type[uri][kind] = targets
    return by_type


def skill_record(
    row: dict[str, str], broader: dict[str, list[str]], related: dict[str, dict[str, list[str]]]
) -> Record:
    label = row["preferredLabel"].strip()
    alt = other_labels(row["altLabels"], [label])
    links = related.get(row["conceptUri"], {})
    return compact(
        {
            "id": curie(row["conceptUri"]),
            "label": label,
            "alt": alt,
            "hidden": other_labels(row["hiddenLabels"], [label], alt),
            # Six DigComp competence areas have no type in ESCO; they read as skills.
            "kind": "knowledge" if row["skillType"] == "knowledge" else "skill",
            "reuse": row["reuseLevel"],
            "broader": broader.get(row["conceptUri"], []),
            "essential": links.get("essential", []),
            "optional": links.get("optional", []),
        }
    )


def group_record(
    row: dict[str, str], broader: dict[str, list[str]], pillars: dict[str, str]
) -> Record:
    label = row["preferredLabel"].strip()
    alt = other_labels(row["altLabels"], [label])
    return compact(
        {
            "id": curie(row["conceptUri"]),
            "label": label,
            "alt": alt,
            "hidden": other_labels(row["hiddenLabels"], [label], alt),
            "kind": PILLAR_KIND[pillars[row["conceptUri"]]],
            "group": True,
            "code": group_code(row),
            "broader": broader.get(row["conceptUri"], []),
        }
    )


# --- MELO: labels per language, and the O*NET links of its US set --------------------------------


@dataclass(frozen=True)
class MeloSet:
    """One MELO set: every corpus element (a label) with the ESCO concept URI it names."""

    elements: list[tuple[str, str, str]]  # (element id, concept uri, label), in element-id order

    def labels_by_concept(self) -> dict[str, list[str]]:
        """``uri -> [preferred, *others]``: element ``_000`` of a concept is its preferred label."""
        preferred: dict[str, str] = {}
        others: defaultdict[str, set[str]] = defaultdict(set)
        for element, uri, label in self.elements:
            if element.endswith("_000"):
                preferred[uri] = label
            else:
                others[uri].add(label)
        return {
            uri: [label, *sorted(others[uri] - {label})]
            for uri, label in preferred.items()
            if label
        }


def read_melo_set(folder: Path) -> MeloSet:
    concepts = read_pairs(folder / "concept_mapping.tsv")
    texts = read_pairs(folder / "corpus_elements.tsv")
    if concepts.keys() != texts.keys():
        raise BuildError(f"{folder}: concept_mapping.tsv and corpus_elements.tsv list other ids")
    return MeloSet([(key, concepts[key], texts[key]) for key in sorted(concepts)])


def melo_labels(build: Build, occupations: set[str]) -> dict[str, dict[str, list[str]]]:
    """``lang -> concept uri -> labels`` for occupations (v1.1.1 only) and ISCO groups."""
    by_language: dict[str, dict[str, list[str]]] = {}
    for lang, name in MELO_SETS.items():
        labels = read_melo_set(build.melo / name).labels_by_concept()
        gone = [uri for uri in labels if "/occupation/" in uri and uri not in occupations]
        build.dropped[f"MELO {lang}: occupation not in ESCO v1.1.1"] += len(gone)
        by_language[lang] = {uri: values for uri, values in labels.items() if uri not in gone}
    return by_language


def labels_for(uri: str, by_language: dict[str, dict[str, list[str]]]) -> dict[str, list[str]]:
    return {lang: labels[uri] for lang, labels in sorted(by_language.items()) if uri in labels}


# --- ESCO occupations and ISCO groups ----------------------------------------------------------


def build_isco(
    build: Build, esco: Esco, by_language: dict[str, dict[str, list[str]]]
) -> list[Record]:
    rows = esco.isco
    build.counts["isco_groups"] = len(rows)
    records = [
        compact(
            {
                "code": row["code"],
                "id": curie(row["conceptUri"]),
                "label": row["preferredLabel"].strip(),
                "labels": labels_for(row["conceptUri"], by_language),
            }
        )
        for row in rows
    ]
    return sorted(records, key=lambda record: str(record["code"]))


def occupation_skills(build: Build, esco: Esco) -> dict[str, dict[str, list[str]]]:
    # An occupation missing from v1.1.1's occupation list takes its relations with it.
    return typed_relations(
        esco.relations(build, "occupationSkillRelations.csv"),
        "occupationUri",
        "skillUri",
        known={row["conceptUri"] for row in esco.occupations + esco.skills},
        build=build,
        name="occupation-skill relations",
    )


def occupation_broader(build: Build, esco: Esco) -> dict[str, str]:
    rows = esco.relations(build, "broaderRelationsOccPillar.csv")
    return {
        row["conceptUri"]: curie(row["broaderUri"])
        for row in rows
        if row["conceptType"] == "Occupation"
    }


def build_occupations(
    build: Build,
    esco: Esco,
    by_language: dict[str, dict[str, list[str]]],
    crosswalk: dict[str, list[list[object]]],
) -> list[Record]:
    rows = esco.occupations
    skills = occupation_skills(build, esco)
    broader = occupation_broader(build, esco)
    records = []
    for row in rows:
        label = row["preferredLabel"].strip()
        alt = other_labels(row["altLabels"], [label])
        links = skills.get(row["conceptUri"], {})
        records.append(
            compact(
                {
                    "id": curie(row["conceptUri"]),
                    "label": label,
                    "alt": alt,
                    "hidden": other_labels(row["hiddenLabels"], [label], alt),
                    "isco": row["iscoGroup"],
                    "code": row["code"],
                    "broader": broader.get(row["conceptUri"]),
                    "essential": links.get("essential", []),
                    "optional": links.get("optional", []),
                    "labels": labels_for(row["conceptUri"], by_language),
                    "onet": crosswalk.get(row["conceptUri"], []),
                }
            )
        )
    build.counts["occupations"] = len(rows)
    build.counts["occupation_alt_labels_source"] = sum(
        len(split_labels(r["altLabels"])) for r in rows
    )
    return sorted(records, key=lambda record: str(record["id"]))


# --- O*NET -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Onet:
    titles: dict[str, str]  # code -> title
    alternates: dict[str, list[str]]  # code -> alternate and short titles
    reported: dict[str, list[str]]  # code -> titles incumbents reported


def read_onet(build: Build) -> Onet:
    titles = {
        row["O*NET-SOC Code"]: row["Title"].strip()
        for row in read_tsv(build.onet / "Occupation_Data.txt")
    }
    alternates: defaultdict[str, set[str]] = defaultdict(set)
    for row in read_tsv(build.onet / "Alternate_Titles.txt"):
        alternates[row["O*NET-SOC Code"]].add(row["Alternate Title"].strip())
        if row["Short Title"] not in ("", "n/a"):
            alternates[row["O*NET-SOC Code"]].add(row["Short Title"].strip())
    reported: defaultdict[str, set[str]] = defaultdict(set)
    for row in read_tsv(build.onet / "Sample_of_Reported_Titles.txt"):
        reported[row["O*NET-SOC Code"]].add(row["Reported Job Title"].strip())
    return Onet(
        titles,
        {code: sorted(values - {titles.get(code, "")}) for code, values in alternates.items()},
        {code: sorted(values) for code, values in reported.items()},
    )


def technologies(build: Build) -> dict[str, list[list[object]]]:
    """``code -> [[example, commodity code, commodity title, hot], ...]``."""
    by_code: defaultdict[str, set[tuple[str, str, str, bool]]] = defaultdict(set)
    for row in read_tsv(build.onet / "Technology_Skills.txt"):
        by_code[row["O*NET-SOC Code"]].add(
            (
                row["Example"].strip(),
                row["Commodity Code"],
                row["Commodity Title"].strip(),
                row["Hot Technology"] == "Y",
            )
        )
    return {code: [list(item) for item in sorted(items)] for code, items in by_code.items()}


def build_onet(build: Build, onet: Onet) -> list[Record]:
    zones = {
        row["O*NET-SOC Code"]: int(row["Job Zone"])
        for row in read_tsv(build.onet / "Job_Zones.txt")
    }
    tech = technologies(build)
    for code in (set(tech) | set(zones)) - set(onet.titles):
        build.dropped["O*NET: code not in Occupation_Data.txt"] += 1
        tech.pop(code, None)
    records = [
        compact(
            {
                "code": code,
                "title": title,
                "alt": onet.alternates.get(code, []),
                "reported": onet.reported.get(code, []),
                "job_zone": zones.get(code),
                "tech": tech.get(code, []),
            }
        )
        for code, title in onet.titles.items()
    ]
    build.counts["onet_occupations"] = len(records)
    return sorted(records, key=lambda record: str(record["code"]))


# --- ESCO -> O*NET crosswalk -------------------------------------------------------------------
# The ESCO-O*NET crosswalk itself is not in the shared data.  MELO's US set carries part of it: each
# of its queries is an O*NET occupation title judged relevant to exactly one ESCO concept (an
# occupation, or an ISCO group when the O*NET occupation is broader).  Those links are kept as they
# are; the rest are derived from label agreement, checked against the ISCO groups the kept links
# give O*NET.  Every link says which of these it came from ("basis") and how sure it is.

CROSSWALK_CONFIDENCE = 0.95  # a link MELO took from the official crosswalk
ISCO_GROUP_CONFIDENCE = 0.35  # O*NET occupation linked to the ESCO occupation's ISCO unit group
LABEL_CEILING = 0.85  # a derived label link never claims more than this
MIN_CONFIDENCE = 0.3
MAX_LINKS = 3
# (ESCO label role, O*NET label role) -> how much an exact match of the two says.
LABEL_WEIGHT = {
    ("preferred", "title"): 1.0,
    ("preferred", "alternate"): 0.9,
    ("alternative", "title"): 0.85,
    ("alternative", "alternate"): 0.7,
}
ISCO_FACTOR = {"unit": 1.0, "minor": 0.75, "unknown": 0.6}


def match_key(label: str) -> str:
    """Casefolded words, naively singular: "Software Developers" meets "software developer"."""
    return " ".join(singular(word) for word in re.sub(r"[^0-9a-z]+", " ", label.casefold()).split())


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def melo_onet_links(build: Build, onet: Onet) -> dict[str, str]:
    """``O*NET code -> ESCO concept uri`` from MELO's US set (queries are O*NET titles)."""
    folder = build.melo / MELO_US_SET
    by_title = {title: code for code, title in onet.titles.items()}
    queries = read_pairs(folder / "queries.tsv")
    concepts = read_pairs(folder / "concept_mapping.tsv")
    links: dict[str, str] = {}
    with require(folder / "annotations.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            # TREC qrels: query id, iteration, corpus element id, relevance.  MELO's US set
            # judges one ESCO concept relevant per query (all of that concept's labels).
            query, _, element, relevant = line.rstrip("\n").split("\t")
            code = by_title.get(queries[query])
            if code is None:
                build.dropped["MELO usa: query title not an O*NET 27.0 title"] += 1
            elif relevant == "1":
                links[code] = concepts[element]
    return links


def onet_isco(
    links: dict[str, str], occupation_isco: dict[str, str], codes: Iterable[str]
) -> dict[str, set[str]]:
    """The ISCO groups each O*NET code belongs with, from MELO's links.

    Codes without a link borrow from their SOC detailed occupation (the .01, .02 variants share
    one), then from their SOC broad group.
    """
    direct: dict[str, set[str]] = {}
    for code, uri in links.items():
        isco = occupation_isco.get(uri) or (uri.rsplit("/C", 1)[-1] if "/isco/C" in uri else "")
        if isco:
            direct[code] = {isco}
    by_detail: defaultdict[str, set[str]] = defaultdict(set)
    by_broad: defaultdict[str, set[str]] = defaultdict(set)
    for code, groups in direct.items():
        by_detail[code[:7]] |= groups
        by_broad[code[:6]] |= groups
    return {
        code: direct.get(code) or by_detail.get(code[:7]) or by_broad.get(code[:6]) or set()
        for code in codes
    }


def isco_agreement(isco: str, groups: set[str]) -> str | None:
    """How an ESCO occupation's ISCO code sits with an O*NET code's groups; None: they clash."""
    if not groups:
        return "unknown"
    if isco in groups:
        return "unit"
    if any(isco[:3] == group[:3] for group in groups):
        return "minor"
    return None


@dataclass(frozen=True)
class OnetLabels:
    """O*NET titles and alternate titles by match key, with how ambiguous each key is."""

    index: dict[str, list[tuple[str, str]]]  # key -> [(code, role)]

    @classmethod
    def of(cls, onet: Onet) -> OnetLabels:
        index: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
        for code, title in onet.titles.items():
            index[match_key(title)].add((code, "title"))
        for code, titles in onet.alternates.items():
            for title in titles:
                index[match_key(title)].add((code, "alternate"))
        return cls({key: sorted(values) for key, values in index.items() if key})

    def matches(self, label: str) -> Iterator[tuple[str, str, int]]:
        entries = self.index.get(match_key(label), [])
        spread = len({code for code, _ in entries})
        for code, role in entries:
            yield code, role, spread


def label_links(
    row: dict[str, str], labels: OnetLabels, groups: dict[str, set[str]]
) -> dict[str, tuple[float, str]]:
    """``code -> (confidence, basis)`` from exact label agreement, gated by ISCO agreement."""
    roles = [(row["preferredLabel"], "preferred")] + [
        (a, "alternative") for a in split_labels(row["altLabels"])
    ]
    best: dict[str, tuple[float, str]] = {}
    for label, esco_role in roles:
        for code, onet_role, spread in labels.matches(label):
            agreement = isco_agreement(row["iscoGroup"], groups.get(code, set()))
            if agreement is None:
                continue
            # A label shared by many O*NET occupations ("manager") says little about any one.
            weight = LABEL_WEIGHT[esco_role, onet_role] / math.sqrt(spread)
            score = round(LABEL_CEILING * weight * ISCO_FACTOR[agreement], 2)
            basis = "label" if agreement == "unknown" else f"label+isco-{agreement}"
            best[code] = max(best.get(code, (0.0, "")), (score, basis))
    return best


def build_crosswalk(
    build: Build, rows: list[dict[str, str]], onet: Onet
) -> dict[str, list[list[object]]]:
    """``ESCO occupation uri -> [[O*NET code, confidence, basis], ...]``, best first."""
    links = melo_onet_links(build, onet)
    isco_by_uri = {row["conceptUri"]: row["iscoGroup"] for row in rows}
    groups = onet_isco(links, isco_by_uri, onet.titles)
    official: defaultdict[str, list[str]] = defaultdict(list)
    by_isco_group: defaultdict[str, list[str]] = defaultdict(list)
    for code, uri in sorted(links.items()):
        if uri in isco_by_uri:
            official[uri].append(code)
        elif "/isco/C" in uri:
            by_isco_group[uri.rsplit("/C", 1)[-1]].append(code)
        else:
            build.dropped["MELO usa: linked occupation not in ESCO v1.1.1"] += 1
    labels = OnetLabels.of(onet)
    crosswalk: dict[str, list[list[object]]] = {}
    for row in rows:
        found = crosswalk_links(row, official, by_isco_group, labels, groups)
        if found:
            crosswalk[row["conceptUri"]] = found
    count_bases(build, crosswalk)
    return crosswalk


def crosswalk_links(
    row: dict[str, str],
    official: dict[str, list[str]],
    by_isco_group: dict[str, list[str]],
    labels: OnetLabels,
    groups: dict[str, set[str]],
) -> list[list[object]]:
    if row["conceptUri"] in official:
        return [[code, CROSSWALK_CONFIDENCE, "crosswalk"] for code in official[row["conceptUri"]]]
    found = label_links(row, labels, groups)
    for group, codes in by_isco_group.items():
        if row["iscoGroup"] == group:
            for code in codes:
                found[code] = max(found.get(code, (0.0, "")), (ISCO_GROUP_CONFIDENCE, "isco-group"))
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
    kept = [[code, score, basis] for code, (score, basis) in ranked if score >= MIN_CONFIDENCE]
    return kept[:MAX_LINKS]


def count_bases(build: Build, crosswalk: dict[str, list[list[object]]]) -> None:
    build.counts["crosswalk_occupations_linked"] = len(crosswalk)
    bases = Counter(str(basis) for links in crosswalk.values() for _, _, basis in links)
    build.counts.update((f"crosswalk_links_{basis}", n) for basis, n in bases.items())


# --- writing -----------------------------------------------------------------------------------


def jsonl(records: list[Record]) -> bytes:
    return b"".join(orjson.dumps(record, option=orjson.OPT_SORT_KEYS) + b"\n" for record in records)


def write_gzip(path: Path, content: bytes) -> None:
    # mtime=0 and no file name in the header: the bytes depend on the content alone.
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as zipped:
        zipped.write(content)
    path.write_bytes(buffer.getvalue())


def source_files(folder: Path, names: Iterable[str]) -> dict[str, str]:
    return {
        name: hashlib.sha256(require(folder / name).read_bytes()).hexdigest()
        for name in sorted(names)
    }


def source_commit(folder: Path) -> str:
    for line in require(folder / "SOURCE.txt").read_text("utf-8").splitlines():
        if line.startswith("commit:"):
            return line.split(":", 1)[1].strip()
    return ""


def sources(build: Build) -> dict[str, object]:
    parts = ("concept_mapping.tsv", "corpus_elements.tsv", "queries.tsv", "annotations.tsv")
    melo_files = [f"{name}/{part}" for name in [*MELO_SETS.values(), MELO_US_SET] for part in parts]
    return {
        "esco": {
            "version": "1.1.1",
            "licence": "CC BY 4.0 (European Commission reuse policy)",
            "mirror_commit": source_commit(build.esco),
            "sha256": source_files(build.esco, ["classification_en.zip", "relations.zip"]),
        },
        "onet": {
            "version": "27.0",
            "licence": "CC BY 4.0",
            "mirror_commit": source_commit(build.onet),
            "sha256": source_files(
                build.onet,
                [
                    "Occupation_Data.txt",
                    "Alternate_Titles.txt",
                    "Sample_of_Reported_Titles.txt",
                    "Technology_Skills.txt",
                    "Job_Zones.txt",
                ],
            ),
        },
        "melo": {
            "repository": "https://github.com/Avature/melo-benchmark",
            "commit": source_commit(build.melo.parent),
            "licence": "MIT (content derived from ESCO and the ESCO-O*NET crosswalk)",
            "sha256": source_files(build.melo, melo_files),
        },
    }


def manifest(build: Build, files: dict[str, dict[str, object]], languages: dict[str, int]) -> bytes:
    document = {
        "format": f"jobsift-taxonomy.{FORMAT}",
        "version": VERSION,
        "built_by": "scripts/build_taxonomy.py",
        "files": files,
        "sources": sources(build),
        "counts": dict(sorted(build.counts.items())),
        "occupation_labels_by_language": languages,
        "dropped": dict(sorted(build.dropped.items())),
        "crosswalk": {
            "derived": True,
            "bases": {
                "crosswalk": f"O*NET -> ESCO link MELO's US set took from the ESCO-O*NET crosswalk "
                f"(confidence {CROSSWALK_CONFIDENCE})",
                "isco-group": "the crosswalk links the O*NET occupation to this occupation's "
                f"ISCO-08 unit group, not to the occupation (confidence {ISCO_GROUP_CONFIDENCE})",
                "label+isco-unit": "an ESCO label equals an O*NET title or alternate title "
                "(case, punctuation and plural ignored) and the ISCO-08 unit groups agree",
                "label+isco-minor": "as above, the ISCO-08 minor groups agree",
                "label": "as above, O*NET occupation's ISCO-08 group unknown",
            },
            "max_links": MAX_LINKS,
            "min_confidence": MIN_CONFIDENCE,
        },
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"


def write_file(out: Path, name: str, records: list[Record]) -> dict[str, object]:
    content = jsonl(records)
    write_gzip(out / name, content)
    # The hash is of the JSON Lines, not the gzip bytes, which can differ between zlib builds.
    return {"records": len(records), "content_sha256": hashlib.sha256(content).hexdigest()}


def size(value: object) -> int:
    return len(value) if isinstance(value, list | dict) else 0


def kept_counts(records: dict[str, list[Record]]) -> dict[str, int]:
    """How many labels and relations the written files hold."""

    def total(kind: str, key: str) -> int:
        return sum(size(record.get(key)) for record in records[kind])

    return {
        "skill_alt_labels_kept": total("skills", "alt"),
        "skill_hidden_labels_kept": total("skills", "hidden"),
        "skill_broader_links": total("skills", "broader"),
        "skill_related_essential": total("skills", "essential"),
        "skill_related_optional": total("skills", "optional"),
        "occupation_alt_labels_kept": total("occupations", "alt"),
        "occupation_hidden_labels_kept": total("occupations", "hidden"),
        "occupation_essential_skills": total("occupations", "essential"),
        "occupation_optional_skills": total("occupations", "optional"),
        "onet_alternate_titles": total("onet", "alt"),
        "onet_reported_titles": total("onet", "reported"),
        "onet_technology_links": total("onet", "tech"),
    }


def language_counts(occupations: list[Record]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for record in occupations:
        counts["en"] += 1 + size(record.get("alt"))
        labels = record.get("labels")
        if isinstance(labels, dict):
            counts.update({lang: size(texts) for lang, texts in labels.items()})
    return dict(sorted(counts.items()))


# --- main --------------------------------------------------------------------------------------


def build_all(data: Path, out: Path) -> dict[str, object]:
    build = Build(data)
    esco = Esco.read(build)
    by_language = melo_labels(build, {row["conceptUri"] for row in esco.occupations})
    onet = read_onet(build)
    crosswalk = build_crosswalk(build, esco.occupations, onet)
    records = {
        "skills": build_skills(build, esco),
        "occupations": build_occupations(build, esco, by_language, crosswalk),
        "isco": build_isco(build, esco, by_language),
        "onet": build_onet(build, onet),
    }
    out.mkdir(parents=True, exist_ok=True)
    files = {FILES[key]: write_file(out, FILES[key], items) for key, items in records.items()}
    languages = language_counts(records["occupations"])
    build.counts.update(kept_counts(records))
    (out / "MANIFEST.json").write_bytes(manifest(build, files, languages))
    (out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8", newline="\n")
    (out / "README.md").write_text(README, encoding="utf-8", newline="\n")
    return {
        "files": files,
        "counts": build.counts,
        "languages": languages,
        "dropped": build.dropped,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--data", type=Path, required=True, help="the shared data folder (../shared/data)"
    )
    parser.add_argument("--out", type=Path, required=True, help="where to write the data files")
    args = parser.parse_args(argv)
    try:
        summary = build_all(args.data, args.out)
    except BuildError as error:
        print(f"build_taxonomy: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(
        orjson.dumps(summary, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"
    )
    return 0


README = """\
# jobsift taxonomy data, format v1

Written by `scripts/build_taxonomy.py` from the shared data sets; do not edit by hand, rebuild:

    .venv/bin/python scripts/build_taxonomy.py --data ../shared/data --out src/jobsift/taxonomy/data

Sources and attribution: `ATTRIBUTION.md`.  Counts, source checksums and what the build dropped:
`MANIFEST.json`.  Read the files with `jobsift.taxonomy.load_taxonomy()`.

Each file is gzip JSON Lines: one record a line, keys sorted, records sorted by id or code, empty
fields left out.  No descriptions.  ESCO ids are `esco:` + the URI after
`http://data.europa.eu/esco/`.

- `esco-skills.v1.jsonl.gz`: ESCO skills and knowledge concepts, and skill groups (`group`):
  `id`, `label`, `alt`, `hidden`, `kind` (`skill` or `knowledge`), `reuse`, `code` (groups),
  `broader` (skills or groups), `essential`/`optional` (ESCO's skill-skill relations, from this
  skill outwards).
- `esco-occupations.v1.jsonl.gz`: `id`, `label`, `alt`, `hidden`, `isco` (ISCO-08 unit group),
  `code` (ESCO code), `broader`, `essential`/`optional` (skill ids), `labels` (language ->
  [preferred, others...]) and `onet` ([O*NET-SOC code, confidence, basis], best first).
- `isco-groups.v1.jsonl.gz`: ISCO-08 groups: `code`, `id`, `label`, `labels`.
- `onet-occupations.v1.jsonl.gz`: `code`, `title`, `alt` (alternate and short titles),
  `reported` (titles incumbents reported; O*NET lists them among the alternates too),
  `job_zone` (1-5), `tech` ([example, UNSPSC commodity code, commodity title, hot technology]).

## What to know

- Alternative labels that repeat the preferred label are dropped, so `alt` holds fewer labels
  than ESCO's CSVs list (97,483 skill and 32,804 occupation alternative labels there).
- Labels in de, es, fr, it, nl, pl and pt come from the MELO benchmark, which took them from an
  ESCO v1.0 release (2,942 occupations), not v1.1.1: the 68 occupations v1.1.1 added have no
  labels in those languages, and the 3 that v1.1.1 removed are left out.  Preferred labels there
  often give both forms ("Softwareentwickler/Softwareentwicklerin"); the single forms are among
  the other labels.
- The ESCO -> O*NET links are not the official ESCO-O*NET crosswalk, which is not in the shared
  data.  `crosswalk` links (confidence 0.95) are the O*NET -> ESCO pairs MELO's US set took from
  it.  The rest are derived: `label+isco-unit`, `label+isco-minor` and `label` when an ESCO label
  equals an O*NET title or alternate title (case, punctuation and plurals ignored) and the ISCO-08
  groups the crosswalk gives that O*NET occupation (or its SOC siblings) agree at unit level, at
  minor level, or are unknown; `isco-group` (0.35) when the crosswalk links the O*NET occupation
  to the occupation's ISCO-08 unit group only.  Labels shared by many O*NET occupations weigh
  less; links below 0.3 are dropped; at most three per occupation.  Treat derived links as hints.
"""

ATTRIBUTION = """\
# Attribution

The files in this folder are derived from the sources below by `scripts/build_taxonomy.py`.
They keep identifiers, labels and relations only (no descriptions), in a compact form.

## ESCO

This product uses the ESCO classification of the European Commission.

ESCO v1.1.1 (c) European Union, https://esco.ec.europa.eu. Reuse is authorised provided the
source is acknowledged (Commission Decision 2011/833/EU; Commission content is licensed under
CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, since Decision C(2019)1655).
Changes: descriptions, scope notes and definitions removed; labels de-duplicated and sorted;
ids shortened to `esco:<path>` (the part of the URI after http://data.europa.eu/esco/).

## O*NET

This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor,
Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.
O*NET(R) is a trademark of USDOL/ETA. We modified the information: only codes, titles,
alternate and reported titles, job zones and technology skills are kept, and descriptions are
removed. USDOL/ETA has not approved, endorsed, or tested these modifications.

## MELO benchmark

Occupation and ISCO group labels in de, es, fr, it, nl, pl and pt, and part of the ESCO to
O*NET links, come from the MELO benchmark (Retyk et al., 2024,
https://github.com/Avature/melo-benchmark), whose content is derived from ESCO (above) and
from the ESCO-O*NET crosswalk (ESCO Secretariat with USDOL/ETA, 2022). The other ESCO to O*NET
links are derived by jobsift from label and ISCO-08 group agreement; each link records its
basis and a confidence.

MIT License

Copyright (c) 2024 Avature

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


if __name__ == "__main__":
    sys.exit(main())
