"""The education a posting requires: none, secondary, vocational, bachelor, master or doctorate.

Degrees are read in the eight languages' own systems: "Bachelor's degree", "abgeschlossenes
Studium", "Licence" / "Bac+3", "Grado", "Graduação", "licencjat", "Laurea triennale", "HBO" for
a bachelor; "Master", "Diplom", "Bac+5", "Máster", "Mestrado", "magister", "Laurea
magistrale", "WO" for a master; "Ausbildung", "BTS", "Formación Profesional", "MBO" for
vocational training; "Abitur", "Bachillerato", "ensino médio", "matura", "HAVO/VWO" for
secondary school.

Decisions:

* Alternatives count as their lowest: "Bachelor's or Master's degree" and "BSc/MSc" require a
  bachelor.  Of several separate requirements the highest wins ("Master's degree; high-school
  students may apply for the internship" is rare; a PhD position naming a master first is not).
* A degree that is only preferred ("a Master's is a plus", "idealerweise Promotion",
  "souhaité", "valorable", "mile widziane") counts only when nothing is required; then the
  lowest preferred one is returned with basis ``stated:preferred`` and confidence 0.5.
* "Diplom" (the old German university degree) is a master; "abgeschlossenes Studium" and
  "degree in Computer Science" a bachelor, with a lower confidence.
* Traps: "Scrum Master", "Master Data", "master branch", "driving licence", "Inżynier" as a job
  title, "Promotion" in marketing.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jobsift.extract.types import Value
from jobsift.extract.wordscan import Hit, PhraseScanner

LEVELS: Final = ("none", "secondary", "vocational", "bachelor", "master", "doctorate")
_RANK: Final = {level: rank for rank, level in enumerate(LEVELS)}


class _Degree(NamedTuple):
    level: str | None  # None: a trap phrase
    confidence: float


_TRAP: Final = _Degree(None, 0.0)

# Traps first: at one position the first alternative that matches wins.
# fmt: off
_PHRASES: Final[tuple[tuple[str, _Degree], ...]] = (
    (r"(?:scrum|product|web|quiz|burger|zen|grand|ring|dungeon|spreadsheet|data) masters?\b"
     r"|master (?:data|branch|class|plan\w*|file|record|node|key|bedroom|of ceremonies"
     r"|craftsman|your|the)\b|mastermind\w*|mastered|mastering|masterpiece", _TRAP),
    (r"(?:driving|driver'?s|drivers|software|user|operator|forklift|hgv|cdl) licen[cs]es?\b"
     r"|licen[cs]e (?:management|compliance|key|agreement|fee)s?\b", _TRAP),
    (r"(?:sales|marketing|verkaufs)[- ]?promotion\w*|promotion (?:of|von|des|der)\b", _TRAP),
    (r"(?:laufendes|aktuelles|derzeitiges) (?:\w+ )?studium\b|immatrikuliert\w*"
     r"|ausbildung (?:zum|zur)\b", _TRAP),
    (r"(?:no|kein|keine|sans|sin|sem|bez|nessun|geen) (?:(?:formal|university|college"
     r"|specific)\s)?(?:degree|abschluss|studium|diplôme|titulación|título|diploma"
     r"|wykształceni\w*|titolo di studio|opleiding)\w*(?: (?:required|erforderlich|requis"
     r"|necessário|necesari[oa]|richiesto|vereist|wymagane))?", _Degree("none", 0.8)),
    # doctorate
    (r"ph\.? ?d\b\.?|doctorate|doctoral (?:degree|studies)|doktor(?:at|grad|titel)\w*"
     r"|(?:abgeschlossene )?promotion\b|promoviert\w*|doctorat\b|doctorado\b|doutorado\b"
     r"|doutoramento\b|doktorat\w*|stopie[ńn] doktora|dottorato\b|gepromoveerd\b"
     r"|promotieonderzoek", _Degree("doctorate", 0.9)),
    # master
    (r"master'?s?(?: degree| of| in| en| em| w| im| studies)?\b|master(?:abschluss|studium"
     r"|studiengang|diploma)\w*|máster\b|mestrado\b|mestre\b|magister\w*|studia magisterskie"
     r"|laurea (?:magistrale|specialistica)\b|m\.? ?sc\b\.?|m\.? ?eng\b\.?|mba\b"
     r"|dipl\.?[- ]?(?:ing|kfm|inf)\.?|diplom(?!a)\w*|bac ?\+ ?[45]\b|grande école"
     r"|école d'ingénieurs?"
     r"|wo[- ](?:niveau|opleiding|denkniveau|diploma)|wo\b|universitair (?:werk- en )?denkniveau",
     _Degree("master", 0.9)),
    # bachelor
    (r"bachelor'?s?(?: degree| of| in| en| em| w| im)?\b|bachelor(?:abschluss|studium"
     r"|studiengang|diploma)\w*|b\.? ?sc\b\.?|b\.? ?eng\b\.?|b\.a\.|bac ?\+ ?3\b|licence\b"
     r"|licenciatura\b|grado (?:en|universitario)\b|título de grado|graduação\b|bacharelado\b"
     r"|ensino superior(?: completo)?\b|licencjat\w*|wykształcenie wyższe\w*|studia wyższe"
     r"|studiów wyższych|tytuł inżyniera|studia inżynierskie|laurea triennale\b|laurea\b"
     r"|hbo[- ](?:niveau|opleiding|werk- en denkniveau|diploma)|hbo\b",
     _Degree("bachelor", 0.9)),
    (r"(?:university|college|academic) degree|degree in\b|(?:abgeschlossenes |erfolgreich "
     r"abgeschlossenes )?(?:hochschul)?studium\b|hochschulabschluss|fh-abschluss"
     r"|diplôme (?:d'ingénieur|universitaire)|titulación universitaria|formação superior"
     r"|studi universitari", _Degree("bachelor", 0.7)),
    # vocational
    (r"(?:abgeschlossene |erfolgreich abgeschlossene )?(?:berufs)?ausbildung\b|vocational"
     r"(?: training| qualification| school)?|trade (?:school|certification|qualification)"
     r"|\bbts\b|\bdut\b|bac ?\+ ?2\b|formación profesional|ciclo formativo|curso técnico"
     r"|técnico em|wykształcenie zawodowe|szkoła zawodowa|istituto tecnico|diploma di perito"
     r"|mbo[- ](?:niveau|opleiding|diploma)|mbo\b|meister(?:brief|prüfung)?\b"
     r"|staatlich geprüfte[rn]? techniker", _Degree("vocational", 0.85)),
    # secondary
    (r"high[- ]school(?: diploma)?|secondary school|ged\b|a[- ]levels|abitur\b|fachabitur\b"
     r"|fachhochschulreife|matura\b|baccalauréat|bachillerato\b|ensino médio(?: completo)?"
     r"|wykształcenie średnie|diploma di (?:maturità|scuola superiore)|havo\b|vwo\b",
     _Degree("secondary", 0.85)),
)
# fmt: on
# fmt: off
_ANCHORS: Final = (
    "hD", "h.D", "h. D", "octor", "outor", "oktor", "ottorat", "romov", "romot", "aster",
    "áster", "estrad", "estre", "agist", "Sc", "MBA", "Eng", "ipl", "ac+", "ac +", "cole",
    "WO", "wo-", "wo ", "niversit", "achelor", "B.A.", "icenc", "rado", "raduação", "charel",
    "nsino", "ncjat", "ształc", "tudia", "tudiów", "nżynier", "aurea", "HBO", "hbo", "egree",
    "ochschul", "tudium", "iplôme", "itulación", "ormação", "tudi ", "usbildung", "ocation",
    "rade ", "BTS", "DUT", "ormación", "iclo", "urso", "écnico", "zkoła", "stituto",
    "MBO", "mbo", "eister", "echniker", "igh school", "igh-school", "econdary", "GED",
    "A-level", "A level", "bitur", "ochschulreife", "atura", "accalaur", "achiller", "HAVO",
    "havo", "VWO", "vwo", "ormal", "bschluss", "itolo", "pleiding",
)
# fmt: on
_SCANNER: Final = PhraseScanner(_ANCHORS, _PHRASES)
_ACRONYMS: Final = frozenset({"wo", "hbo", "mbo", "havo", "vwo", "bts", "dut", "ged", "mba"})
_ALTERNATIVE: Final = re.compile(r"(?i)\s*(?:/|,|or|oder|ou|o|lub|albo|of|od)\s*$")
_PREFERRED: Final = re.compile(
    r"(?i)(?:preferred|is a plus|a plus|nice to have|desirable|ideally|bonus|von vorteil"
    r"|wünschenswert|idealerweise|gerne|un plus|un atout|souhaité|apprécié|valorable"
    r"|se valorará|deseable|desejável|diferencial|mile widziane|atutem|gradit[oa]"
    r"|preferibil\w*|costituisce un plus|een pré|pré\b|pluspunt)"
)


def extract_education(text: str, lang: str | None = None) -> Value[str] | None:
    """The highest education level the posting requires, or ``None`` when it names none."""
    del lang  # the words of all eight languages are read
    hits = [hit for hit in _SCANNER.find(text) if hit.payload.level and _credible(text, hit)]
    groups = _alternative_groups(text, hits)
    required = [group for group in groups if not _preferred(text, group)]
    if required:
        best = max(required, key=lambda group: _RANK[_lowest(group).payload.level or "none"])
        return _value(_lowest(best), "stated", 1.0)
    if groups:
        lowest = min((_lowest(group) for group in groups), key=_rank_of)
        return _value(lowest, "stated:preferred", 0.55)
    return None


def _credible(text: str, hit: Hit[_Degree]) -> bool:
    """Dutch and French acronyms count in capitals only: "HBO" is a level, "hbo" a TV channel
    in English lower case would not be, and "wo" is a word in several languages."""
    word = text[hit.start : hit.end]
    if word.lower() in _ACRONYMS:
        return word.isupper()
    return True


def _alternative_groups(text: str, hits: list[Hit[_Degree]]) -> list[list[Hit[_Degree]]]:
    """Hits joined by "or", "/" or "," form one group of alternatives."""
    groups: list[list[Hit[_Degree]]] = []
    for hit in hits:
        previous = groups[-1][-1] if groups else None
        if previous is not None and _ALTERNATIVE.match(text, previous.end, hit.start):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _preferred(text: str, group: list[Hit[_Degree]]) -> bool:
    """A "preferred" word in the same sentence as the degree (before or after it)."""
    start, end = group[0].start, group[-1].end
    head = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    tail_stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    tail = min(tail_stops) if tail_stops else len(text)
    return bool(_PREFERRED.search(text, max(head, start - 60), min(tail, end + 60)))


def _lowest(group: list[Hit[_Degree]]) -> Hit[_Degree]:
    return min(group, key=_rank_of)


def _rank_of(hit: Hit[_Degree]) -> int:
    return _RANK[hit.payload.level or "none"]


def _value(hit: Hit[_Degree], basis: str, factor: float) -> Value[str]:
    assert hit.payload.level is not None
    return Value(
        hit.payload.level,
        spans=((hit.start, hit.end),),
        confidence=round(hit.payload.confidence * factor, 3),
        basis=basis,
    )
