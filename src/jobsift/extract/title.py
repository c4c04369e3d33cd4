"""The job title, as the posting writes it; inferred from the first sentence when none is.

Where a title stands, in the order tried:

1. a *declared* title (from the source's structured fields) wins, cleaned of gender tags
   ("(m/w/d)", "(H/F)", "m/w/d");
2. a short *title line* among the first lines ("Backend Engineer", "Développeur web (H/F)");
3. the *role phrase* that opens the first sentence ("Senior Backend Developer responsible for
   ..." gives "Senior Backend Developer");
4. the role phrase after a hiring formula ("Wir suchen einen ...", "Nous recrutons un ...",
   "Buscamos ...", "Szukamy ...", "we are looking for a ...", "join us as a ...");
5. a title field ("Position: ...", "Stelle: ...", "Poste : ...").

A role phrase is a run of title words (capitalised words, seniority words, tech tokens such as
".NET" or "C++", and linking words such as "of" or "de" inside the run) that holds a role noun
from :mod:`jobsift.lang.roles`.  Where it ends depends on the word order: in English, German
and Dutch the role noun is the head and ends the title ("Senior Java Entwickler"), keeping only
a grade after it ("Engineer II"); when the run opens with its role noun, as French, Spanish,
Portuguese, Polish and Italian titles do ("Desarrollador Backend Sénior", "Starszy Programista
Java"), and so is a role noun with a complement ("Head of Engineering", "Specjalista ds.
Płac").  A gender tag, a bracket, a dash or punctuation ends the run; a bracketed grade
("Web Developer (Junior)") and a second role after a dash ("Tech Lead – Analista de
Infraestrutura") are kept, a place or team after a dash ("Backend Engineer – Berlin") is not.
Broad head nouns of occupation titles ("Operative", "Kitchen") count only on a title line, and
a sentence that opens with "Join", "Are you" or "We" holds no title at its start.

When no title is written (the text opens "Develop and maintain backend services ..."), a title
is *inferred* from an activity verb and a domain word of the first sentences ("Backend
Developer"), in the language of the verb, with basis ``inferred:text``, confidence at most 0.45
and the two words as evidence.  ``None`` only when nothing supports a title.

Only the first ``_HEAD_CHARS`` characters are read: titles come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final, NamedTuple

from jobsift.extract.types import Span, Value
from jobsift.lang.roles import ROLE_NOUNS, SENIORITY_WORDS, is_role_head, is_role_word

#: Titles, hiring formulas and the sentences a title is inferred from all stand up front.
_HEAD_CHARS: Final = 600
_TITLE_LINE_CHARS: Final = 100
_TITLE_LINE_WORDS: Final = 12
_LINES_TRIED: Final = 3
_MAX_RUN: Final = 9

# "(m/w/d)", "(H/F)", "(w/m/div)", "(all genders)", "(gn)", and bare "m/w/d", "H/F".
_GENDER_PART = r"(?:[mwfhdvxk]|div\.?|all genders?|gn|a)"
# Each pattern starts with a literal or is tried only when "/" occurs: a search that could
# start anywhere costs more than the rest of the title extraction.
_GENDER_BRACKETED: Final = re.compile(
    rf"\((?i:\s*{_GENDER_PART}(?:\s*[/|,*]\s*{_GENDER_PART})+\s*\)|all genders?\)|gn\*?\))"
)
_GENDER_BARE: Final = re.compile(
    r"(?<![\w/])(?i:[mwfh]\s?/\s?[mwfh](?:\s?/\s?[dxv])?|m/v/x)(?![\w/])"
)
_SPACES: Final = re.compile(r"\s+")
_DASH: Final = re.compile(r"[ \t]+[-–—][ \t]+")
_BRACKETED_GRADE: Final = re.compile(
    r"[ \t]?\((?i:junior|senior|sénior|sênior|júnior|mid|mid-level|medior|pleno|lead|starszy"
    r"|młodszy|regular|[ivx]{1,3})\)"
)
_GENDER_SUFFIX: Final = re.compile(r"[(*:_][^()]{0,4}\)?$")
_TOKEN: Final = re.compile(r"\S+")
_LEAD: Final = "\"'“”‘’«»¿¡*•·>[{"
_TRAIL: Final = "\"'“”‘’«»,;:!?)]}*"
_SEPARATORS: Final = frozenset({"-", "–", "—", "|", "·", "•", "/", "@"})

# Seniority words beside those of jobsift.lang.roles, written as titles in our eight languages.
# fmt: off
_LEVELS: Final = SENIORITY_WORDS | frozenset((
    "sénior", "senior", "júnior", "junior", "medior", "pleno", "regular", "confirmé",
    "confirmée", "expérimenté", "expérimentée", "starszy", "starsza", "młodszy", "młodsza",
    "główny", "principal", "lead", "i", "ii", "iii", "iv", "v", "1", "2", "3",
))
# A grade that may follow a head noun: "Engineer II", "Developer 3", "Desarrollador Senior".
_GERUNDS: Final = ("ando", "iendo", "endo", "indo")
_OF: Final = frozenset(("de", "di", "du", "des", "del", "della", "ds."))
_GRADES: Final = frozenset(("i", "ii", "iii", "iv", "v", "1", "2", "3", "senior", "sénior",
                            "sênior", "junior", "júnior", "sr", "sr.", "jr", "jr.", "pleno",
                            "medior", "lead", "confirmé", "confirmée", "expérimenté",
                            "expérimentée", "experto", "experta", "esperto"))
# Words that join the parts of one title: "Head of Engineering", "Ingeniero de Software".
_LINKS: Final = frozenset(("of", "de", "del", "da", "do", "di", "du", "des", "della", "dei",
                           "für", "and", "und", "et", "e", "y", "i", "&", "/", "+", "ds."))
# Words that end a title line's run even when it lets lower-case words in ("Développeur web").
_STOPS: Final = frozenset((
    "for", "at", "in", "with", "to", "who", "that", "which", "responsible", "we", "you", "our",
    "your", "is", "are", "will", "the", "a", "an", "on", "from", "by", "as", "bei", "mit", "zur",
    "zum", "im", "am", "der", "die", "das", "wir", "sie", "ist", "pour", "chez", "avec", "à",
    "au", "aux", "dans", "nous", "vous", "qui", "le", "la", "les", "un", "une", "para", "con",
    "el", "los", "las", "que", "em", "na", "no", "com", "um", "uma", "w", "we", "z", "dla",
    "jako", "per", "presso", "il", "lo", "gli", "con", "bij", "voor", "met", "het", "een",
    "op", "van", "en", "à", "nel", "nella", "sur", "zu", "remote", "hybrid", "onsite",
    "working", "based", "wanted", "needed",
    "gesucht", "recherché", "recherchée", "buscado", "buscada", "procura-se", "poszukiwany",
    "poszukiwana", "cercasi", "gezocht", "je", "jij", "du", "tu", "il", "elle", "ele", "ela",
    "ty", "ich", "er", "wil", "willst", "möchtest", "veux", "quieres", "queres", "chcesz",
    "vuoi", "wirklich", "echt", "real", "etwas", "richtig", "mit", "oder", "ou", "o", "of",
    "lub", "albo", "oppure", "da", "inserire",
))
# fmt: on
# Words that open a sentence but never a title: "Join Acme as ...", "Are you a ...".
# fmt: off
_OPENERS: Final = frozenset((
    "join", "are", "we", "our", "you", "your", "do", "is", "come", "help", "work", "become",
    "apply", "want", "ready", "interested", "about", "the", "a", "an", "this", "if", "why",
    "what", "who", "how", "werde", "bist", "wir", "unser", "unsere", "rejoignez", "nous",
    "vous", "notre", "únete", "somos", "buscamos", "venha", "faça", "quer", "dołącz", "jesteś",
    "unisciti", "sei", "siamo", "kom", "word", "ben", "wij", "ons", "onze", "a", "o", "la",
    "le", "el", "die", "der", "das", "de", "het", "een", "il", "lo", "une", "un", "uma", "um",
    "je", "jij", "du", "tu", "ty", "ich", "wil", "per", "für", "pour", "para", "voor", "dla",
))
# fmt: on
# Capitalised words a hiring formula may take that are no title ("Wir suchen Verstärkung").
# fmt: off
_NOT_TITLES: Final = frozenset((
    "verstärkung", "unterstützung", "talent", "talente", "talents", "talento", "talentos",
    "people", "candidates", "kandidaten", "kandydatów", "candidatos", "candidats", "candidati",
    "someone", "jemanden", "alguien", "alguém", "kogoś", "qualcuno", "iemand", "new", "neue",
    "colleagues", "kollegen", "collègues", "colegas", "colleghi", "collega's", "you", "dich",
    "sie", "ihn", "osoby", "osobę", "osoba", "persone", "mensen", "personas", "pessoas",
))
# Role nouns our titles use beside those of jobsift.lang.roles.
_EXTRA_ROLES: Final = frozenset((
    "pracownik", "pracowniczka", "diretor", "diretora", "teamleitung", "leitung", "helfer",
    "lagerhelfer", "bezorger", "cariste", "intégrateur", "intégratrice", "elektromonter",
    "monter", "partner", "internship", "helpdesk", "advisor", "agent", "pomoc", "asystent",
    "asystentka", "ragioniere", "segretaria", "segretario", "stage",
))
# fmt: on
_ROLE_TAILS: Final = tuple(sorted(noun for noun in ROLE_NOUNS if len(noun) >= 5))

# Hiring formulas after which the title follows, with the article that may come between.
_ARTICLE = (
    r"(?:\s+(?:an?|our next|our new|a new|an? experienced|einen?|eine/n|eine\*n|ein/e|ein\(e\)"
    r"|eine|une?/une?|un\(e\)|une|una/o|uno/a|un/una|un/a|una|uno|un|um\(a\)|um/uma|uma|um"
    r"|een|nowego|nową|nowych|el/la|el|la|o/a|o|il/la|il|lo))?"
)
# German fills the gap: "suchen wir ab sofort dich als ...", "sucht Verstärkung als ...".
_GERMAN_FILLER = (
    r"(?:\s+(?:ab sofort|zum nächstmöglichen zeitpunkt|zur verstärkung|verstärkung|dich|sie"
    r"|unbefristet|in vollzeit|in teilzeit|für (?:unseren? |unser )?[A-ZÄÖÜ][\w-]+))*"
    r"(?:\s+als)?"
)
# "eine/n engagierte/n Pflegefachkraft": German ads praise the candidate before the title.
_GERMAN_ADJECTIVE = (
    r"(?:\s+(?:engagierte|motivierte|erfahrene|qualifizierte|kompetente|talentierte|neue)"
    r"(?:/n|\(n\)|/r|\(r\)|n|r)?)?"
)
# fmt: off
_INTRO: Final = re.compile(
    r"(?i)\b(?:(?:we(?: are|'re|’re)?|(?:is|are)(?: currently)?) (?:looking for|hiring|seeking"
    r"|searching for|recruiting)|join (?:us|our team) as|opening for|we need|are you"
    r"|(?:wir suchen|suchen wir|sucht|und suchen)" + _GERMAN_FILLER + r"|bist du|nous recrutons"
    r"|nous recherchons|recrute|recherche|êtes-vous|buscamos|estamos buscando|seleccionamos"
    r"|se busca|busca|¿eres|procuramos|estamos à procura de|está contratando|estamos contratando"
    r"|contratamos|contrata|(?:estamos com )?vaga para|oportunidade para|oportunidad para"
    r"|precisa incorporar|precisa de|incorpora|(?:siamo )?alla ricerca di|ricerca"
    r"|(?:is )?op zoek naar|zatrudni"
    r"|notre futur(?:\(e\)|e)?|(?:per direct|zoeken wij per direct)|cercasi|procura-se"
    r"|você é|szukamy|poszukujemy|poszukuje|zatrudnimy|na stanowisko|czy jesteś|cerchiamo"
    r"|ricerchiamo|wij zoeken|we zoeken|zoeken wij|zoekt|ben jij|(?-i:Word)"
    # weak: these also open other phrases ("such as Git", "cerca di ...")
    r"|(?P<weak>looking for|cerca|sei|as|als|en tant que|como|come|jako))"
    + _ARTICLE + _GERMAN_ADJECTIVE + r"\s*:?\s+(?=\S)"
)
_FIELD_LABEL = (
    r"[ \t]*(?i:job title|position|role|title|stelle|stellenbezeichnung|jobtitel"
    r"|intitulé du poste|poste|puesto|cargo|vaga|stanowisko|posizione|ruolo|functie"
    r"|functietitel)[ \t]*[:：][ \t]*(?=\S)"
)
_FIELD: Final = re.compile("(?m)^" + _FIELD_LABEL)
_FIELD_AT: Final = re.compile(_FIELD_LABEL)
# fmt: on
# Cheap pre-test for _INTRO: it is searched only when one of these stems occurs.
_INTRO_STEMS: Final = (
    "look",
    "hir",
    "seek",
    "search",
    "recrui",
    "join",
    "such",
    "recrut",
    "recherch",
    "busc",
    "procur",
    "contrat",
    "szuk",
    "zatrud",
    "cerc",
    "zoek",
    "as ",
    "als ",
    "en tant",
    "como ",
    "come ",
    "jako ",
    "opening",
    "need",
    "are you",
    "bist du",
    "Word ",
    "ricerca",
    "êtes",
    "seleccion",
    "eres",
    "vaga",
    "oportunid",
    "precisa",
    "incorpor",
    "futur",
    "per direct",
    "você é",
    "stanowisk",
    "jesteś",
    "sei ",
    "ben jij",
)  # fmt: skip


class _Token(NamedTuple):
    start: int
    end: int
    word: str
    last: bool  # punctuation after it ends the phrase ("Engineer," "Developer.")


def extract_title(
    text: str, *, declared: str | None = None, lang: str | None = None
) -> Value[str] | None:
    """The job title: declared, written, or (marked as such) inferred; ``None`` when nothing
    in the text supports one."""
    if declared is not None and (found := _declared(text, declared)) is not None:
        return found
    head_end = min(len(text), _HEAD_CHARS)
    return (
        _from_lines(text, head_end)
        or _after_intro(text, head_end)
        or _from_field(text, head_end)
        or _inferred(text, head_end, lang)
    )


def clean_title(title: str) -> str:
    """``title`` without gender tags and the spaces and separators they leave behind."""
    cleaned = _GENDER_BARE.sub(" ", _GENDER_BRACKETED.sub(" ", title))
    cleaned = _SPACES.sub(" ", cleaned)
    return cleaned.strip(" -–—|,;:/*")


def _declared(text: str, declared: str) -> Value[str] | None:
    title = clean_title(declared)
    if not title:
        return None
    # Point at the title in the body when it is written there, as is common.
    at = text.find(title, 0, len(title) + 2 * _HEAD_CHARS)
    spans: tuple[Span, ...] = ((at, at + len(title)),) if at >= 0 else ()
    return Value(title, spans=spans, confidence=1.0, basis="declared")


def _from_lines(text: str, head_end: int) -> Value[str] | None:
    """The title written on one of the first few lines, the first one tried first."""
    start = 0
    for index in range(_LINES_TRIED):
        start = _skip_markup(text, start, head_end)
        if start >= head_end:
            break
        end = text.find("\n", start, head_end)
        end = head_end if end < 0 else end
        found = _from_line(text, start, end, first=index == 0)
        if found is not None:
            return found
        start = end + 1
    return None


def _from_line(text: str, start: int, end: int, *, first: bool) -> Value[str] | None:
    """A field ("Position: ..."), a hiring formula ("Buscamos ..."), a title line, or (on the
    first line only) the role phrase that opens a sentence."""
    lead = _FIELD_AT.match(text, start, end) or _INTRO.match(text, start, end)
    if lead is not None:
        return _after_lead(text, lead, end)
    if _is_title_line(text, start, end):
        found = _phrase(text, start, end, loose=True)
        if found is not None:
            return _value(text, found, 0.9)
    if not first:
        return None
    found = _phrase(text, start, end, loose=False)
    return _value(text, found, 0.85) if found is not None else None


def _after_intro(text: str, head_end: int) -> Value[str] | None:
    head = text[:head_end]
    lowered = head.lower()
    if not any(stem in lowered for stem in _INTRO_STEMS):
        return None
    for intro in _INTRO.finditer(head):
        line_end = text.find("\n", intro.end(), head_end)
        found = _after_lead(text, intro, head_end if line_end < 0 else line_end)
        if found is not None:
            return found
    return None


def _after_lead(text: str, lead: re.Match[str], end: int) -> Value[str] | None:
    """The title after a field label or a hiring formula.  There the words are said to be a
    title, so a run without a known role noun will do ("Buscamos Diretor de Enfermagem",
    "zatrudni: Kierowca C+E"), unless the formula is a weak one ("as", "als", "come")."""
    found = _phrase(text, lead.end(), end, loose=True)
    if found is not None:
        return _value(text, found, 0.85)
    if lead.re is _INTRO and lead.group("weak"):
        return None
    named = _named_run(text, lead.end(), end)
    return _value(text, named, 0.6) if named is not None else None


def _named_run(text: str, start: int, end: int) -> Span | None:
    run = _run(_tokens(text, start, end), loose=True)
    if not run or not run[0].word[0].isupper():
        return None
    if run[0].word.casefold() in _OPENERS or run[0].word.casefold() in _NOT_TITLES:
        return None
    last = _head_first_end(run, 0)
    while last > 0 and run[last].word.casefold() in _LINKS:
        last -= 1
    return run[0].start, run[last].end


def _from_field(text: str, head_end: int) -> Value[str] | None:
    for field in _FIELD.finditer(text, 0, head_end):
        line_end = text.find("\n", field.end())
        found = _phrase(text, field.end(), len(text) if line_end < 0 else line_end, loose=True)
        if found is not None:
            return _value(text, found, 0.9)
    return None


def _skip_markup(text: str, start: int, stop: int) -> int:
    """Past blank lines and the marks a heading or bullet starts with ("## ", "* ", "> ")."""
    while start < stop and (text[start].isspace() or text[start] in "#*•>"):
        start += 1
    return start


def _is_title_line(text: str, start: int, end: int) -> bool:
    """Short, not a sentence, and holding a role noun or a gender tag."""
    line = text[start:end].rstrip()
    if not line or len(line) > _TITLE_LINE_CHARS or line.endswith((".", "!", "?", ":")):
        return False
    return len(line.split()) <= _TITLE_LINE_WORDS


def _phrase(text: str, start: int, end: int, *, loose: bool) -> Span | None:
    """The role phrase that opens ``text[start:end]``, or ``None`` when none does.

    ``loose`` lets lower-case words into the run (a title line, or the words after a hiring
    formula: "Développeur web", "un développeur full stack"), stopping at function words."""
    run = _run(_tokens(text, start, end), loose=loose)
    if not run or run[0].word.casefold() in _OPENERS:
        return None
    # A broad head noun ("Kitchen", "Transport") ends a title only on a title line.
    roles = [index for index, token in enumerate(run) if _is_role(token.word, index, broad=loose)]
    if not roles:
        return None
    if _head_first(run, roles):
        last = _head_first_end(run, roles[0])  # the whole run: "Programista Java"
    else:
        last = roles[-1]
        while last + 1 < len(run) and run[last + 1].word.casefold() in _GRADES:
            last += 1
    while last > 0 and run[last].word.casefold() in _LINKS:
        last -= 1
    end_at = run[last].end
    grade = _BRACKETED_GRADE.match(text, end_at)  # "Web Developer (Junior)"
    if grade is not None:
        return run[0].start, grade.end()
    dash = _DASH.match(text, end_at) if last == len(run) - 1 else None
    if dash is not None:
        # "Tech Lead – Analista de Infraestrutura": a second role joined by a dash.
        second = _phrase(text, dash.end(), end, loose=loose)
        if second is not None:
            return run[0].start, second[1]
    return run[0].start, end_at


def _head_first(run: list[_Token], roles: list[int]) -> bool:
    """The run opens with its role noun ("Desarrollador Backend", "Starszy Programista Java"),
    or a role noun takes a complement ("Head of Engineering", "Specjalista ds. Płac")."""
    content = [
        index
        for index, token in enumerate(run)
        if token.word.casefold() not in _LEVELS and token.word.casefold() not in _LINKS
    ]
    if content and content[0] in roles:
        return True
    return any(index + 1 < len(run) and run[index + 1].word.casefold() in _LINKS for index in roles)


def _head_first_end(run: list[_Token], head: int) -> int:
    """The last word of a head-first title: the run, up to a gerund ("Desarrollador backend
    trabajando con ..."): "Ingénieur conception mécanique" is one title."""
    for index in range(head + 1, len(run)):
        word = run[index].word
        if word[0].islower() and word.endswith(_GERUNDS):
            return index - 1
    return len(run) - 1


def _tokens(text: str, start: int, end: int) -> Iterator[_Token]:
    """Words of ``text[start:end]`` up to the first gender tag, bracket or separator; read
    lazily, as the run usually stops after a few of them."""
    stop = _gender_start(text, start, end)
    for count, found in enumerate(_TOKEN.finditer(text, start, stop)):
        raw = found.group()
        if raw in _SEPARATORS or raw[0] in "([" or count >= _MAX_RUN:
            return
        core = raw.lstrip(_LEAD)
        word = core.rstrip(_TRAIL)
        if "(" in word and ")" not in word and core[len(word) : len(word) + 1] == ")":
            word += ")"  # "Desenvolvedor(a)": the bracket belongs to the word
        last = len(word) < len(core) and core[len(word)] not in ")]}"
        if word.endswith(".") and word.casefold() not in ("sr.", "jr.", "ds."):
            word, last = word[:-1], True
        elif count and word.casefold() in ("sr.", "jr."):
            last = True  # "Analista de BI Jr. Tipo de vaga ...": the dot ends the sentence too
        if not word:
            return
        begin = found.start() + len(raw) - len(core)
        yield _Token(begin, begin + len(word), word, last)
        if last:
            return


def _gender_start(text: str, start: int, end: int) -> int:
    """Where the first gender tag of ``text[start:end]`` starts, else ``end``."""
    found = _GENDER_BRACKETED.search(text, start, end)
    stop = found.start() if found else end
    if text.find("/", start, stop) >= 0:
        bare = _GENDER_BARE.search(text, start, stop)
        stop = bare.start() if bare else stop
    return stop


def _run(tokens: Iterator[_Token], *, loose: bool) -> list[_Token]:
    run: list[_Token] = []
    links: list[_Token] = []  # linking words waiting for the word after them
    for token in tokens:
        if token.word.casefold() in _LINKS:
            if not run or token.last:
                break
            links.append(token)
            continue
        # Linked words must look like a title themselves: "Head of Engineering", "Ingeniero
        # de Software", but not "Programista Java do zespołu"; after "de" a lower-case word
        # may do, in a title line or after a formula ("Chef de projet").
        loose_link = all(link.word.casefold() in _OF for link in links)
        if not _title_word(token.word, loose=loose and loose_link):
            break
        run.extend(links)
        links.clear()
        run.append(token)
    return run


def _title_word(word: str, *, loose: bool) -> bool:
    first = word[0]
    if first.isupper() or first.isdigit() or first in ".#":
        return True
    folded = word.casefold()
    if folded in _LEVELS:
        return True
    return loose and first.isalpha() and folded not in _STOPS


def _is_role(word: str, index: int, *, broad: bool) -> bool:
    """A role noun, glued into a compound ("Softwareentwickler") or, inside a run, a broader
    head noun of an occupation title ("Warehouse Operative")."""
    return _is_role_word(word, broad and index > 0)


# Titles repeat their words from posting to posting; the cache holds only immutable answers
# and lru_cache is safe to share between threads.
@lru_cache(maxsize=8192)
def _is_role_word(word: str, broad: bool) -> bool:
    """_is_role, where ``broad`` says a broader head noun counts too."""
    word = _GENDER_SUFFIX.sub("", word)  # "Desenvolvedor(a)", "Entwickler*in", "Entwickler:in"
    if not word:
        return False
    folded = word.casefold()
    if is_role_word(word) or folded.endswith(_ROLE_TAILS) or folded in _EXTRA_ROLES:
        return True
    return broad and word[0].isupper() and is_role_head(word)


def _value(text: str, span: Span, confidence: float) -> Value[str]:
    title = _SPACES.sub(" ", text[span[0] : span[1]])
    return Value(title, spans=(span,), confidence=confidence, basis="stated")


# --- inference --------------------------------------------------------------------------


class _Cue(NamedTuple):
    start: int
    end: int
    payload: str


# An activity verb, and the language whose title words to use.
# fmt: off
_VERBS: Final = re.compile(
    r"(?i)\b(?:(?P<en>develop(?:s|ing)?|build(?:s|ing)?|design(?:s|ing)?|maintain(?:s|ing)?"
    r"|implement(?:s|ing)?|creat(?:e|es|ing)|cod(?:e|ing)|program(?:ming)?|architect(?:ing)?)"
    r"|(?P<de>entwickel\w*|entwickl\w*|programmier\w*|gestalt\w*|implementier\w*)"
    r"|(?P<fr>développ\w*|concev\w*|conçoi\w*|maint(?:enir|enez|iens)|programm(?:er|ez))"
    r"|(?P<es>desarroll\w*|construi[rm]\w*|diseñ\w*|mantene\w*|implementa[rs]\w*)"
    r"|(?P<pt>desenvolv\w*|constru(?:ir|ção)\w*|manter|mantém|projetar)"
    r"|(?P<pl>rozw(?:ijać|ijanie|ój|ijasz)|tworz\w*|projektowa\w*|programowa\w*)"
    r"|(?P<it>svilupp\w*|progett\w*|realizza\w*|manuten\w*)"
    r"|(?P<nl>ontwikkel\w*|bouw(?:en|t)|onderh\w*))\b"
)
# A domain word and the title it gives: (modifier, "developer" or "engineer").
_DOMAINS: Final = re.compile(
    r"(?i)\b(?:(?P<backend>back[- ]?end|server[- ]side|microservices?|apis?|rest(?:ful)? apis?)"
    r"|(?P<frontend>front[- ]?end|user interfaces?|ui components?)"
    r"|(?P<fullstack>full[- ]?stack)|(?P<mobile>mobile|ios|android|apps? móve\w+)"
    r"|(?P<data>data pipelines?|etl|data warehouses?|data platforms?|datenpipelines?)"
    r"|(?P<ml>machine learning|ml models?|deep learning)"
    r"|(?P<devops>ci/cd|infrastructure as code|devops|cloud infrastructure)"
    r"|(?P<qa>test automation|automated tests?|testautomatisierung)"
    r"|(?P<embedded>embedded|firmware)|(?P<web>web ?(?:applications?|sites?|apps?)|websites?)"
    r"|(?P<software>software|applications?|aplicaciones|aplicações|applicazioni|anwendungen"
    r"|logiciels?|oprogramowani\w*))\b"
)
# fmt: on
_DOMAIN_TITLES: Final[dict[str, tuple[str, str]]] = {
    "backend": ("Backend", "developer"),
    "frontend": ("Frontend", "developer"),
    "fullstack": ("Full Stack", "developer"),
    "mobile": ("Mobile", "developer"),
    "data": ("Data", "engineer"),
    "ml": ("Machine Learning", "engineer"),
    "devops": ("DevOps", "engineer"),
    "qa": ("QA", "engineer"),
    "embedded": ("Embedded", "developer"),
    "web": ("Web", "developer"),
    "software": ("Software", "developer"),
}
_HEADS: Final[dict[str, tuple[str, str]]] = {
    "en": ("Developer", "Engineer"),
    "de": ("Entwickler", "Engineer"),
    "fr": ("Développeur", "Ingénieur"),
    "es": ("Desarrollador", "Ingeniero"),
    "pt": ("Desenvolvedor", "Engenheiro"),
    "pl": ("Programista", "Inżynier"),
    "it": ("Sviluppatore", "Ingegnere"),
    "nl": ("Ontwikkelaar", "Engineer"),
}
#: Languages whose titles put the domain before the role noun ("Backend Entwickler").
_HEAD_FINAL: Final = frozenset({"en", "de", "nl"})
_SENTENCE_END: Final = re.compile(r"[.!?;](?:\s|$)")
_INFERRED_CONFIDENCE: Final = 0.45
_GENERIC_CONFIDENCE: Final = 0.3


def _inferred(text: str, head_end: int, lang: str | None) -> Value[str] | None:
    """A title built from an activity verb and a domain word of the first sentences."""
    stop = _first_sentences_end(text, head_end)
    verb = _VERBS.search(text, 0, stop)
    if verb is None:
        return None
    language = lang if lang in _HEADS else (verb.lastgroup or "en")
    domain = _best_domain(text, verb.end(), stop)
    if domain is None:
        return None
    modifier, kind = _DOMAIN_TITLES[domain.payload]
    developer, engineer = _HEADS[language]
    noun = developer if kind == "developer" else engineer
    title = f"{modifier} {noun}" if language in _HEAD_FINAL else f"{noun} {modifier}"
    confidence = _GENERIC_CONFIDENCE if domain.payload == "software" else _INFERRED_CONFIDENCE
    spans = ((verb.start(), verb.end()), (domain.start, domain.end))
    return Value(title, spans=spans, confidence=confidence, basis="inferred:text")


def _first_sentences_end(text: str, head_end: int) -> int:
    """The end of the first two sentences (a title is inferred from nothing further away)."""
    end = 0
    for _ in range(2):
        found = _SENTENCE_END.search(text, end, head_end)
        if found is None:
            return head_end
        end = found.end()
    return end


def _best_domain(text: str, start: int, stop: int) -> _Cue | None:
    """The first specific domain word after the verb; "software" only when there is none."""
    generic: _Cue | None = None
    for found in _DOMAINS.finditer(text, start, stop):
        name = found.lastgroup or "software"
        cue = _Cue(found.start(), found.end(), name)
        if name != "software":
            return cue
        generic = generic or cue
    return generic
