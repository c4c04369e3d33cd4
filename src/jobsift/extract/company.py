"""The employer: the company that hires, named as the posting names it.

Cues, strongest first:

* a field: "Company: Acme", "Firma: Acme GmbH", "Entreprise : Acme", "Empresa: Acme";
* an "About Acme" heading line ("Über Acme", "À propos de Acme", "Sobre a Acme", "Over Acme");
* a sentence that opens with the employer hiring: "Acme is hiring", "Acme GmbH sucht",
  "Acme recrute", "Acme busca", "Acme poszukuje", "Acme cerca", "Acme zoekt";
* a preposition of employment in the opening text: "at Acme", "bei Acme", "chez Acme",
  "presso Acme", "bij Acme", "join Acme", "Rejoignez Acme", "Únete a Acme", "Dołącz do Acme",
  "w firmie Acme", "fazer parte da Acme"; right after the title it counts a little more.
  "en", "em", "na" and "w" come before places as often ("en Madrid", "w Krakowie"), so they
  count only before a name with a legal form ("em Acme Ltda", "en Acme S.L."); "in" not at all;
* the employer's own web address ("the backend for acme.io");
* weak cues that add up: "Acme's engineering culture" (or mission, values), "teams across
  Acme".  One alone is not enough.

Precision first: a name is a run of capitalised words ("Latitude AI") or one lower-case brand
closing its clause ("at vitroconnect."); descriptions ("at a financial institution", "bei
einem führenden Unternehmen"), places ("in Switzerland"), technologies ("at Angular") and
clients ("for Ford vehicles", "our client, a leading bank") are not employers.  German
capitalises every noun, so after "bei" common noun endings ("Bei Fragen", "bei Bedarf") are
refused.  A name after "experience at" or "our client" is a past employer or a client.

The value is the name without its legal form ("Acme GmbH" -> "Acme") and without the top-level
domain ("Forcepoint.com" -> "Forcepoint"), capitalised as written; the span covers the name as
written, legal form and domain included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from jobsift.extract.types import Span, Value

#: Prepositional cues are read in the opening text only: later "at" and "bei" are too often
#: about something else ("used at scale", "bei Fragen").
_HEAD_CHARS: Final = 700
_MIN_CONFIDENCE: Final = 0.5
_SURE: Final = 0.8
_MAX_NAME_WORDS: Final = 4

_UPPER: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚŁŃŇŌŐŒŘŚŠŢŤŪŮŰŹŻŽ"
# Up to six words after a cue; which of them make the name is decided in Python.
_WORDS_AFTER = r"(?P<name>[^\s,;!?()\"“”«»]+(?:[ \t]+[^\s,;!?()\"“”«»]+){0,5})"

# fmt: off
_STRONG_CUES = (
    "at", "At", "bei", "Bei", "chez", "Chez", "presso", "Presso", "bij", "Bij",
    "join", "Join", "joining", "Joining", "Rejoignez", "rejoignez", "rejoindre", "Rejoindre",
    "Únete a", "únete a", "unirte a", "Junte-se à", "junte-se à", "Junte-se ao", "junte-se ao",
    "Dołącz do", "dołącz do", "Unisciti a", "unisciti a", "Entra in", "entra in",
    "werken bij", "Werken bij", "Kom werken bij", "werde Teil von", "Werde Teil von",
    "für die", "w firmie", "w spółce", "na empresa", "en la empresa", "nella società",
    "be part of", "Venha fazer parte da", "venha fazer parte da", "fazer parte da",
    "fazer parte do", "Faça parte da", "faça parte da", "faire partie de", "formar parte de",
    "far parte di", "deel uitmaken van",
)
# "en", "em", "na", "w" come before places as often as before employers; "in" is left out.
_WEAK_CUES = ("en", "em", "na", "no", "w", "for")
# fmt: on


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` shaped as a trie ("join|joining" -> "join(?:ing)?"), so
    ``re`` tests each next character once instead of every word in turn."""
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(head) + _trie(rests) for head, rests in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


_CUE_BODY = (
    "(?P<cue>"
    + _trie(_STRONG_CUES + _WEAK_CUES)
    + r")[ \t]+(?:(?:the|die|der|das|la|le|l'|el|a|o|de)[ \t]+)?"
    + f"(?={_WORDS_AFTER})"  # a look-ahead: the words may hold the next cue ("for X at Y")
)
# A pattern that starts with one literal character is scanned at memory speed (see
# jobsift.extract.wordscan): one for cues after a space, one after a line break.
_CUE: Final = re.compile(" " + _CUE_BODY)
_CUE_AFTER_BREAK: Final = re.compile("\n" + _CUE_BODY)
_CUE_AT_START: Final = re.compile(_CUE_BODY)
_STRONG: Final = frozenset(_STRONG_CUES)
_FIELD_BODY = (
    r"[ \t*#]*(?i:company|company name|employer|hiring company|firma|unternehmen"
    r"|arbeitgeber|entreprise|société|employeur|empresa|empleador|empregador|pracodawca"
    r"|azienda|società|datore di lavoro|bedrijf|werkgever)[ \t*]*[:：][ \t]*(?P<name>[^\n|]{1,80})"
)
# Matched at the start of a line (see _fields).
_FIELD: Final = re.compile(_FIELD_BODY)
_ABOUT_WORDS = (
    "about",
    "über",
    "à propos de",
    "a propos de",
    "à propos d'",
    "acerca de",
    "sobre a",
    "sobre o",
    "sobre",
    "informazioni su",
    "chi è",
    "over",
)
# Case-sensitive in the three usual spellings ("About", "about", "ABOUT"): a trie without
# IGNORECASE is tested a character at a time.
_ABOUT_BODY = (
    r"[ \t*#]*(?:"
    + _trie(form for word in _ABOUT_WORDS for form in (word, word.capitalize(), word.upper()))
    + r")[ \t]+(?P<name>[^\n:]{1,60}?)[ \t*#]*:?[ \t]*(?=\n|\Z)"
)
_ABOUT: Final = re.compile("\n" + _ABOUT_BODY)
_ABOUT_AT_START: Final = re.compile(_ABOUT_BODY)
# "Acme is hiring", "Acme GmbH sucht": the name is what opens the sentence.
# One literal space first, then the verbs: a quick scan (see jobsift.extract.wordscan).
# fmt: off
_HIRING_VERBS = (
    "is hiring", "are hiring", "is looking for", "are looking for", "is currently looking for",
    "are currently looking for", "is seeking", "are seeking", "is searching for",
    "is recruiting", "are recruiting", "is growing", "are growing", "sucht", "recrute",
    "recherche", "busca", "contrata", "procura", "está contratando", "está buscando",
    "está à procura", "poszukuje", "szuka", "zatrudni", "cerca", "ricerca", "zoekt",
    "is op zoek naar", "precisa incorporar", "precisa de", "incorpora",
    "is an equal opportunity employer", "is an equal opportunities employer", "jest pracodawcą",
)
# fmt: on
# One literal space first, then the verbs as a trie: a quick scan.
_HIRING: Final = re.compile(" " + _trie(_HIRING_VERBS) + r"\b")
# A sentence that describes the employer: "Acme is a logistics company founded in 2016",
# "Desde 2019, Acme es una referencia en la hostelería".  The copula and article open the scan;
# a company word must follow within a few words, or "Python is a language" would count.
# fmt: off
_SELF_COPULAS = (
    "is a", "is an", "is one of", "ist ein", "ist eine", "ist einer", "est un", "est une",
    "est l'un", "es una", "es un", "es uno", "é uma", "é um", "é a", "é o", "jest", "è un",
    "è una", "è uno", "è il", "è la", "is een", "is de", "is het",
)
_SELF_NOUNS = (
    r"compan(?:y|ies)|firm|start-?up|scale-?up|provider|leader|group|business|employer|agency"
    r"|manufacturer|retailer|consultancy|bank|insurer|operator|brand|studio|platform|supplier"
    r"|\w*unternehmen\w*|Firma|\w*anbieter\w*|Marktführer\w*|Arbeitgeber\w*|\w*konzern\w*"
    r"|Gruppe"
    r"|entreprise|société|groupe|acteur|référence|employeur|fournisseur"
    r"|empresa|referencia|referência|grupo|líder|proveedor|fornecedor|empregador|empleador"
    r"|firm[aąy]|spółk[aąi]|lider\w*|pracodaw\w*|producent\w*|dostawc\w*"
    r"|azienda|società|punto di riferimento|gruppo|fornitore|produttore"
    r"|\w*bedrijf|organisatie|werkgever|leverancier|aanbieder|marktleider"
)
_SELF: Final = re.compile(
    " " + _trie(_SELF_COPULAS) + r" (?:[^.!?\n]{0,60}?\b)?(?i:" + _SELF_NOUNS + r")\b"
)
_SELF_CONFIDENCE: Final = 0.6
# fmt: on
_POSSESSIVE_TAIL = (
    r"s (?:engineering |company |tech |own )?(?:culture|mission|values|employees|people"
    r"|workplace|headquarters|offices?)\b"
)
_POSSESSIVES: Final = (re.compile("'" + _POSSESSIVE_TAIL), re.compile("’" + _POSSESSIVE_TAIL))
_ACROSS: Final = re.compile(r" across (?P<name>[" + _UPPER + r"]\S*)")
# The legal forms that follow a name, after one space: a literal first character keeps the
# scan quick.
_LEGAL_FORMS = (
    "GmbH", "AG", "SE", "KG", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "plc", "PLC", "Corp.", "S.A.",
    "SA", "SAS", "SARL", "S.L.U.", "S.L.", "S.L", "S.r.l.", "Srl", "S.p.A.", "SpA", "B.V.", "B.V",
    "BV", "N.V.", "N.V", "NV", "Ltda.", "Ltda", "Lda.", "Lda", "sp. z o.o.", "Sp. z o.o.",
)  # fmt: skip
_LEGAL_FORM: Final = re.compile(" " + _trie(_LEGAL_FORMS) + r"(?!\w)")
_NON_SPACE: Final = re.compile(r"\S+")
_CURRENCY_SIGNS: Final = frozenset("$€£¥₹₽₺₩₪₫₴₦")
_ARTICLE: Final = re.compile(r"(?:The|Die|Der|Das|La|Le|L'|El|A|O|De|Het)[ \t]+")
_SENTENCE_START: Final = re.compile(r"[.!?:]\s|\n")
_LEAD_IN: Final = re.compile(
    r"(?:Since|Seit|Depuis|Desde|Dal|Od|Sinds|Founded in|Gegründet|Fondée en|Fundada en)"
    r"[ \t]+(?:\d{4}|\w+)[ \t]*,?[ \t]+"
)
# A client ("our client Acme", "for a customer, Acme") or a past employer ("experience at
# Acme") is not the employer.  A client word needs its determiner: "Customer Service Advisor
# at Acme" names the employer.
_NOT_EMPLOYER_BEFORE: Final = re.compile(
    r"(?:\b(?:[Oo]ur|unsere[nmr]?|unser|notre|nos|nuestros?|nuestra|nossos?|nossa|naszego"
    r"|naszych|naszym|nostr[oi]|onze|for (?:a|the)|für (?:einen|den)|pour (?:un|le)"
    r"|para (?:un|el|o|um)|per (?:un|il)|voor (?:een|de)|dla)\s+(?:\w+\s+)?"
    r"(?:client|clients|customer|customers|kunde|kunden|kundin|cliente|clientes|klient\w*"
    r"|klant|klanten|partner|partners)\b[^.\n]{0,30}"
    r"|\b(?i:experience|experiences|worked|previously|formerly|background|erfahrung|expérience"
    r"|experiencia|experiência|doświadczenie|esperienza|ervaring)\W+(?:\w+\W+){0,2})$"
)

# Legal forms: kept in the span, dropped from the value.
# fmt: off
_LEGAL: Final = frozenset((
    "gmbh", "ag", "se", "kg", "kgaa", "ohg", "ug", "e.v.", "mbh", "co.", "co", "&", "inc",
    "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "corporation", "limited",
    "lp", "llp", "sa", "s.a.", "sas", "s.a.s.", "sarl", "s.à", "r.l.", "s.l.", "sl", "s.l.u.",
    "slu", "ltda", "ltda.", "lda", "lda.", "eireli", "me", "sp.", "z", "o.o.", "s.p.a.", "spa",
    "s.r.l.", "srl", "b.v.", "bv", "n.v.", "nv", "ab", "as", "a/s", "oy",
))
_TLDS: Final = frozenset((
    "com", "io", "ai", "de", "fr", "es", "pt", "pl", "it", "nl", "net", "org", "co", "eu",
    "app", "dev", "tech", "ch", "at", "be", "uk", "br", "cloud",
))
# Capitalised words that open no company name.
_NOT_NAMES: Final = frozenset((
    "the", "a", "an", "our", "your", "their", "this", "that", "these", "those", "its", "my",
    "we", "you", "us", "they", "it", "he", "she", "home", "least", "scale", "all", "first",
    "once", "times", "work", "night", "present", "risk", "best", "most", "large", "heart",
    "speed", "any", "some", "every", "each", "one", "no", "team", "teams", "company", "job",
    "role", "position", "office", "headquarters", "hq", "hand", "level", "end", "start",
    "uns", "ihnen", "dir", "euch", "ihrer", "ihrem", "unserem", "unserer", "einem", "einer",
    "nous", "vous", "notre", "nos", "votre", "un", "une", "le", "la", "les", "nosotros",
    "nuestra", "nuestro", "nós", "nossa", "nosso", "nas", "nos", "nim", "nas", "naszej",
    "naszym", "noi", "nostra", "nostro", "ons", "onze", "jou", "jullie", "remote", "hybrid",
    "monday", "friday", "january", "june", "july", "september", "december", "english",
    "german", "french", "spanish", "portuguese", "polish", "italian", "dutch", "europe",
    "fragen", "interesse", "bedarf", "rückfragen", "eignung", "vollzeit", "teilzeit", "bewerbung",
    "kunden", "projekten", "fragen", "problemen", "bedarf", "anfragen", "erfolg", "uns",
    "you'll", "we're", "least", "senior", "junior", "lead", "client", "clients", "customer",
    "customers", "kunde", "cliente", "clientes", "klant", "partner", "our", "zone", "time",
    "empresa", "firma", "entreprise", "société", "azienda", "società", "bedrijf", "unternehmen",
    "organisation", "organization", "organisatie", "equipe", "equipo", "squadra", "zespół",
    "vaga", "vacature", "poste", "puesto", "stanowisko", "posizione", "functie", "ons", "nós",
    "nosotros", "noi", "nous", "je", "jij", "du", "tu", "vous", "você", "ty", "you", "ich",
    "sur", "hybride", "télétravail", "présentiel", "on-site", "onsite", "vor", "teletrabajo",
    "presencial", "híbrido", "ibrido", "zdalnie", "hybrydowo", "thuiswerken",
    # words that open a sentence before a name ("En Acme S.L. buscamos ...")
    "en", "em", "in", "at", "bei", "chez", "o", "die", "der", "das", "el", "da", "na", "w",
    "z", "desde", "since", "seit", "depuis", "dal", "sinds", "od", "para", "for", "für",
    "pour", "per", "voor", "dla", "with", "mit", "avec", "con", "com", "met", "and", "und",
))
# Places that the weak and strong cues come before ("in Goiânia", "en Madrid", "at Berlin").
_PLACES: Final = frozenset((
    "switzerland", "schweiz", "suisse", "svizzera", "germany", "deutschland", "allemagne",
    "alemania", "alemanha", "niemcy", "germania", "duitsland", "france", "frankreich",
    "francia", "frança", "francja", "frankrijk", "spain", "spanien", "espagne", "españa",
    "espanha", "hiszpania", "spagna", "spanje", "portugal", "portogallo", "portugalia",
    "poland", "polen", "pologne", "polonia", "polônia", "polska", "italy", "italien", "italie",
    "italia", "itália", "włochy", "italië", "netherlands", "niederlande", "pays-bas",
    "países bajos", "holanda", "holandia", "olanda", "nederland", "austria", "österreich",
    "belgium", "belgien", "belgique", "bélgica", "belgië", "brazil", "brasil", "brasilien",
    "brésil", "brazylia", "brasile", "europe", "europa", "emea", "usa", "uk", "london", "paris",
    "berlin", "munich", "münchen", "hamburg", "frankfurt", "köln", "cologne", "stuttgart",
    "düsseldorf", "madrid", "barcelona", "valencia", "sevilla", "bilbao", "málaga", "lisbon",
    "lisboa", "porto", "braga", "são paulo", "rio", "curitiba", "goiânia", "brasília",
    "belo horizonte", "warsaw", "warszawa", "kraków", "krakow", "wrocław", "łódź", "poznań",
    "gdańsk", "milan", "milano", "rome", "roma", "turin", "torino", "bologna", "napoli",
    "amsterdam", "rotterdam", "utrecht", "eindhoven", "den haag", "the hague", "zurich",
    "zürich", "geneva", "genève", "basel", "bern", "lausanne", "vienna", "wien", "brussels",
    "bruxelles", "lyon", "toulouse", "marseille", "nantes", "lille", "bordeaux", "dublin",
    "new york", "san francisco", "toronto", "remote", "home", "office", "person",
))
# Technologies a preposition may precede ("experience at Angular" is no employer).
_TECH: Final = frozenset((
    "angular", "react", "vue", "java", "python", "javascript", "typescript", "node.js", "aws",
    "azure", "gcp", "google cloud", "kubernetes", "docker", "linux", "windows", "sap", "sql",
    "excel", "scale", "spring", "spring boot", ".net", "c#", "c++", "go", "rust", "kotlin",
    "swift", "php", "ruby", "drupal", "terraform", "jira", "git", "github", "gitlab",
))
# fmt: on
# German nouns are capitalised: after "bei" a word with a common noun ending is no name.
_NOUN_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "en", "ern")


class _Candidate(NamedTuple):
    value: str
    span: Span
    confidence: float


def extract_company(
    text: str,
    *,
    declared: str | None = None,
    title_span: tuple[int, int] | None = None,
    lang: str | None = None,
) -> Value[str] | None:
    """The employer's name, or ``None`` when the posting does not name it with a clear cue."""
    del lang  # every language's cues are read: a posting mixes them ("Firma: Acme", "at Acme")
    if declared is not None and (found := _declared(text, declared)) is not None:
        return found
    candidates = [
        *_fields(text),
        *_abouts(text),
        *_hiring(text),
        *_prepositions(text, title_span),
        *_legal_names(text),
        *_self_descriptions(text),
    ]
    if not any(candidate.confidence >= _SURE for candidate in candidates):
        candidates += _possessives(text)  # weak cues: worth reading only when unsure
    return _best(candidates)


def normalize_company(name: str) -> str:
    """``name`` without a legal form or a web domain: "Acme GmbH" and "acme.io" give "Acme"
    and "acme"."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _LEGAL:
        words.pop()
    if len(words) == 1:
        return _without_domain(words[0])
    return " ".join(words)


def _declared(text: str, declared: str) -> Value[str] | None:
    name = normalize_company(" ".join(declared.split()))
    if not name:
        return None
    at = text.find(name)
    spans: tuple[Span, ...] = ((at, at + len(name)),) if at >= 0 else ()
    return Value(name, spans=spans, confidence=1.0, basis="declared")


def _fields(text: str) -> list[_Candidate]:
    found = []
    # A field line holds a colon: only those lines are tried, at their start, instead of
    # every line of the text.
    for line in _lines_with_colons(text):
        field = _FIELD.match(text, line)
        if field is None:
            continue
        name = _name(text, field.start("name"), field.end("name"), lenient=True)
        if name is not None:
            found.append(name._replace(confidence=0.95))
    return found


def _lines_with_colons(text: str) -> list[int]:
    """Where each line that holds a colon (":" or "：") starts, in order."""
    starts: set[int] = set()
    for colon in (":", "："):
        at = text.find(colon)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at)
            at = -1 if line_end < 0 else text.find(colon, line_end)
    return sorted(starts)


def _abouts(text: str) -> list[_Candidate]:
    found = []
    for about in _at_lines(_ABOUT, _ABOUT_AT_START, text):
        name = _name(text, about.start("name"), about.end("name"), lenient=True, whole=True)
        if name is not None:
            found.append(name._replace(confidence=0.85))
    return found


def _hiring(text: str) -> list[_Candidate]:
    found = []
    for hiring in _HIRING.finditer(text, 0, min(len(text), _HEAD_CHARS)):
        start = _sentence_start(text, hiring.start())
        start = _skip_article(text, start, hiring.start())
        name = _name(text, start, hiring.start(), whole=True)
        if name is not None:
            found.append(name._replace(confidence=0.85))
    return found


def _self_descriptions(text: str) -> list[_Candidate]:
    """Names that open a sentence describing the employer; read in the whole text, since the
    company paragraph often comes late."""
    found = []
    for described in _SELF.finditer(text):
        start = _sentence_start(text, described.start())
        start = _skip_lead_in(text, start, described.start())
        start = _skip_article(text, start, described.start())
        name = _name(text, start, described.start(), whole=True)
        if name is not None:
            found.append(name._replace(confidence=_SELF_CONFIDENCE))
    return found


def _skip_lead_in(text: str, start: int, end: int) -> int:
    """Past "Since 2016, " and its translations, to where the name begins."""
    found = _LEAD_IN.match(text, start, end)
    return found.end() if found else start


def _prepositions(text: str, title_span: Span | None) -> list[_Candidate]:
    found = []
    head_end = min(len(text), _HEAD_CHARS)
    cues = [
        *_at_lines(_CUE_AFTER_BREAK, _CUE_AT_START, text, head_end),
        *_CUE.finditer(text, 0, head_end),
    ]
    for cue in cues:
        word = cue.group("cue")
        start = cue.start("name")
        if not _worth_reading(text, word, start, cue.end("name")):
            continue
        name = _name(text, start, cue.end("name"), after_bei=word in ("bei", "Bei"))
        before = max(0, cue.start("cue") - 40)
        if name is None or _NOT_EMPLOYER_BEFORE.search(text, before, cue.start("cue")):
            continue
        beside_title = title_span is not None and 0 <= cue.start() - title_span[1] <= 2
        confidence = _preposition_confidence(text, word, name, beside_title=beside_title)
        if confidence:
            found.append(name._replace(confidence=confidence))
    return found


def _worth_reading(text: str, cue: str, start: int, end: int) -> bool:
    """A quick test before the name is read: weak cues ("in", "for", "en") are common words,
    and few of them come before a capitalised word or a web address."""
    if cue in _STRONG:
        return True
    if cue == "for":
        space = text.find(" ", start, end)
        return "." in text[start : space if space > 0 else end]
    return text[start].isupper()


def _preposition_confidence(text: str, cue: str, name: _Candidate, *, beside_title: bool) -> float:
    written = text[name.span[0] : name.span[1]]
    legal = written != name.value and not _is_domain(written)
    if cue in _STRONG:
        return 0.9 if beside_title or legal else 0.8
    if cue == "for":
        # "the backend for acme.io": a web address names the site's owner.
        return 0.6 if _is_domain(written) else 0.0
    # "Desarrollador en Valencia", "w Krakowie": without a legal form, most likely a place.
    return 0.7 if legal else 0.0


def _legal_names(text: str) -> list[_Candidate]:
    """A capitalised name with a legal form ("Halden Logistik GmbH", "Arcuna S.A.") anywhere:
    postings name their employer so, in the opening or in the company paragraph."""
    found = []
    for legal in _LEGAL_FORM.finditer(text):
        start = _name_start(text, legal.start())
        if start == legal.start() or _in_capitals_heading(text, start, legal.end()):
            continue
        if _NOT_EMPLOYER_BEFORE.search(text, max(0, start - 40), start):
            continue
        name = _name(text, start, legal.end() + 12)
        if (
            name is not None
            and name.span[1] >= legal.end() - 1
            and name.value.casefold() not in _LEGAL
        ):
            found.append(name._replace(confidence=0.6))
    return found


def _in_capitals_heading(text: str, start: int, end: int) -> bool:
    """ "COMO SE CANDIDATAR": a heading in capitals whose second word looks like a legal form
    ("SE"); a name in capitals before a legal form ends there ("ACME SE is hiring")."""
    rest = text[end : end + 2]
    return text[start:end].isupper() and len(rest) == 2 and rest[0] == " " and rest[1].isupper()


def _name_start(text: str, position: int) -> int:
    """The first of the (up to four) capitalised words that end at ``position``."""
    first = position
    end = position
    words = 0
    while words < _MAX_NAME_WORDS:
        word = _word_start(text, end)
        written = text[word:end].casefold()
        legal = written in _LEGAL  # "Acme GmbH & Co. KG": read past the other legal words
        if word == end or not (legal or text[word].isupper() or text[word].isdigit()):
            break
        if written.rstrip(".,") in _NOT_NAMES or written.endswith((",", ";", ":")):
            break  # "Desde 1990, Robledo S.L.": the clause before is no part of the name
        words += 0 if legal else 1
        first = word
        if word == 0 or text[word - 1] != " ":
            break
        end = word - 1
    return first


def _possessives(text: str) -> list[_Candidate]:
    """Weak cues, worth something only together: "Acme's culture", "teams across Acme"."""
    found = []
    for possessive in (hit for pattern in _POSSESSIVES for hit in pattern.finditer(text)):
        start = _word_start(text, possessive.start())
        name = _name(text, start, possessive.start(), whole=True)
        if name is not None:
            found.append(name._replace(confidence=0.45))
    for across in _ACROSS.finditer(text):
        name = _name(text, across.start("name"), across.end("name"))
        if name is not None:
            found.append(name._replace(confidence=0.4))
    return found


def _at_lines(
    after_break: re.Pattern[str], at_start: re.Pattern[str], text: str, end: int | None = None
) -> list[re.Match[str]]:
    """Matches at the start of the text and after each line break."""
    stop = len(text) if end is None else end
    first = at_start.match(text, 0, stop)
    return ([first] if first else []) + list(after_break.finditer(text, 0, stop))


def _best(candidates: list[_Candidate]) -> Value[str] | None:
    """The name with most evidence; its cues' confidences combine as independent votes."""
    votes: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        votes.setdefault(candidate.value.casefold(), []).append(candidate)
    best: Value[str] | None = None
    for group in votes.values():
        doubt = 1.0
        for candidate in group:
            doubt *= 1.0 - candidate.confidence
        confidence = round(1.0 - doubt, 3)
        if confidence < _MIN_CONFIDENCE or (best is not None and confidence <= best.confidence):
            continue
        spans = tuple(sorted({candidate.span for candidate in group}))
        best = Value(group[0].value, spans=spans, confidence=confidence, basis="stated")
    return best


# --- reading a name ---------------------------------------------------------------------


def _name(
    text: str,
    start: int,
    end: int,
    *,
    lenient: bool = False,
    whole: bool = False,
    after_bei: bool = False,
) -> _Candidate | None:
    """The company name opening ``text[start:end]``.

    ``whole``: the name must fill the stretch ("About Acme", "Acme is hiring").  ``lenient``:
    a field or heading, where a lower-case name needs no closing punctuation."""
    words = _name_words(text, start, end)
    if not words:
        return None
    first = text[words[0][0] : words[0][1]]
    if first[0].isupper() or first[0].isdigit():
        words = _capitalised_run(text, words)
    elif not _lower_brand(text, words[0], lenient=lenient) or _after_article(text, start):
        return None
    else:
        words = words[:1]
    if not words or (whole and text[words[-1][1] : end].strip(" \t.,;:!?")):
        return None
    span = (words[0][0], words[-1][1])
    written = text[span[0] : span[1]]
    value = normalize_company(written)
    if not _plausible(value, first, after_bei=after_bei):
        return None
    return _Candidate(value, span, 0.0)


def _name_words(text: str, start: int, end: int) -> list[Span]:
    """Word spans from ``start``, up to punctuation that closes the clause."""
    words: list[Span] = []
    for found in _NON_SPACE.finditer(text[start:end]):
        raw = found.group()
        word = raw.rstrip(',;:!?)"”»')
        closing = len(word) < len(raw)
        if word.endswith(".") and word.casefold() not in _LEGAL:
            stripped = word.rstrip(".")
            # "Acme B.V..": the sentence's full stop after a legal form's own
            word = stripped + "." if f"{stripped}.".casefold() in _LEGAL else stripped
            closing = True
        word = word.removesuffix("'s").removesuffix("’s")
        if word:
            words.append((start + found.start(), start + found.start() + len(word)))
        if closing or len(words) > _MAX_NAME_WORDS + 3 or not word:
            break
    return words


def _capitalised_run(text: str, words: list[Span]) -> list[Span]:
    """Capitalised words ("Latitude AI"), "&" inside ("Procter & Gamble"), legal forms."""
    run: list[Span] = []
    after_legal = False
    for start, end in words:
        word = text[start:end]
        folded = word.casefold()
        # "Labs as a ...": a legal form is written capitalised or with dots ("AS", "e.V.")
        legal = folded in _LEGAL and (word[0].isupper() or "." in word or word in ("z", "&"))
        joins = bool(run) and legal
        capitalised = (word[0].isupper() or word[0].isdigit()) and len(run) < _MAX_NAME_WORDS
        if not (joins or (capitalised and not after_legal)):
            break  # after "GmbH" only legal words go on: "Acme GmbH Partner der Industrie"
        after_legal = after_legal or joins
        run.append((start, end))
        if text[end : end + 1] in (",", ";", ":", "!", "?", ".") and folded not in _LEGAL:
            break
    while run and text[run[-1][0] : run[-1][1]] == "&":
        run.pop()
    return run


def _lower_brand(text: str, word: Span, *, lenient: bool) -> bool:
    """A lower-case brand ("vitroconnect", "acme.io") closes its clause: "at vitroconnect."."""
    written = text[word[0] : word[1]]
    if _is_domain(written):
        return True
    if len(written) < 4 or not written.isalnum() or written.casefold() in _NOT_NAMES:
        return False
    after = text[word[1] : word[1] + 1]
    return lenient or after in ("", ".", ",", ";", "!", "\n")


def _after_article(text: str, start: int) -> bool:
    """ "join a small team": a lower-case word after an article is no brand."""
    before = text[max(0, start - 4) : start].rstrip(" \t").casefold()
    return before.endswith((" a", " an", " the", " o", " la", " le", " el", " de", " die", "l'"))


def _plausible(value: str, first: str, *, after_bei: bool) -> bool:
    folded = value.casefold()
    first_word = first.casefold().rstrip(".,")
    if not value or first_word in _NOT_NAMES or folded in _NOT_NAMES:
        return False
    if folded in _PLACES or folded in _TECH or folded.split()[0] in _PLACES:
        return False
    if after_bei and " " not in value and folded.endswith(_NOUN_ENDINGS):
        return False  # "bei Fragen", "bei Bewerbungen": nouns, not names
    if len(value) <= 2 and not value.isupper():
        return False  # "Se busca ...": a short name is written in capitals ("EY", "BP")
    head = value.split(maxsplit=1)[0]
    digits = sum(map(str.isdigit, head))
    if not _CURRENCY_SIGNS.isdisjoint(head) or (head[0].isdigit() and digits * 2 > len(head)):
        return False  # "bei 60k–71k EUR", "at CA$106,000": an amount
    return any(char.isalpha() for char in value)


def _is_domain(word: str) -> bool:
    stem, dot, tld = word.rpartition(".")
    return (
        bool(dot) and len(stem) >= 2 and tld.casefold() in _TLDS and stem.replace("-", "").isalnum()
    )


def _without_domain(word: str) -> str:
    return word.rpartition(".")[0] if _is_domain(word) else word


def _sentence_start(text: str, position: int) -> int:
    start = max(0, position - 80)
    last = start if start > 0 else 0
    for found in _SENTENCE_START.finditer(text, start, position):
        word = text[_word_start(text, found.start()) : found.start() + 1]
        if word.casefold() not in _LEGAL:  # "Acme Co. KG is hiring": no sentence end
            last = found.end()
    if start > 0 and last == start:
        return position  # no sentence start within reach: no name to read
    while last < position and text[last].isspace():
        last += 1
    return last


def _skip_article(text: str, start: int, end: int) -> int:
    found = _ARTICLE.match(text, start, end)
    return found.end() if found else start


def _word_start(text: str, position: int) -> int:
    while position > 0 and not text[position - 1].isspace() and text[position - 1] not in '("“':
        position -= 1
    return position
