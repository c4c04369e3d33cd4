"""Section headings of job postings in the eight languages jobsift reads.

A heading line names the section that follows it ("Requirements", "Ihr Profil", "Missions").
The splitter uses them to keep a posting's bullets together; extraction uses the section kind
to tell required skills from nice-to-have ones.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# kind -> headings (casefolded, without trailing colon).  Written from common usage on job boards.
# fmt: off
_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "responsibilities": (
        # en
        "responsibilities", "key responsibilities", "your responsibilities", "duties",
        "main duties", "what you will do", "what you'll do", "what you will be doing",
        "what you'll be doing", "the role", "your role", "role", "about the role",
        "your tasks", "tasks", "job duties", "day to day", "your impact", "your mission",
        # de
        "aufgaben", "ihre aufgaben", "deine aufgaben", "deine rolle", "ihre rolle",
        "das erwartet dich", "das erwartet sie", "dein aufgabengebiet", "ihr aufgabengebiet",
        "aufgabengebiet", "tätigkeiten", "was dich erwartet", "was sie erwartet",
        # fr
        "missions", "vos missions", "tes missions", "responsabilités", "vos responsabilités",
        "votre rôle", "ton rôle", "le poste", "description du poste", "vos tâches", "tâches",
        # es
        "responsabilidades", "funciones", "tus funciones", "sus funciones", "tareas",
        "tus responsabilidades", "qué harás", "que harás", "el puesto", "tu rol",
        # pt
        "responsabilidades e atribuições", "atribuições", "suas atribuições", "atividades",
        "principais atividades", "suas responsabilidades", "o que você vai fazer",
        "sua função",
        # pl
        "obowiązki", "zakres obowiązków", "twoje obowiązki", "twoje zadania", "zadania",
        "czym będziesz się zajmować", "czym będziesz się zajmował",
        # it
        "responsabilità", "mansioni", "le tue responsabilità", "compiti", "attività",
        "cosa farai", "il ruolo",
        # nl
        "taken", "verantwoordelijkheden", "jouw taken", "wat ga je doen", "functieomschrijving",
        "de functie", "jouw rol", "wat je gaat doen",
    ),
    "requirements": (
        # en
        "requirements", "job requirements", "qualifications", "required qualifications",
        "minimum qualifications", "basic qualifications", "what you bring",
        "what we're looking for", "what we are looking for", "who you are", "about you",
        "your profile", "profile", "skills", "required skills", "skills and experience",
        "experience", "must have", "must-haves", "you have", "what you need",
        "what you'll need", "what you will need",
        # de
        "anforderungen", "ihr profil", "dein profil", "profil", "qualifikationen",
        "voraussetzungen", "das bringst du mit", "das bringen sie mit", "was du mitbringst",
        "was sie mitbringen", "deine qualifikationen", "ihre qualifikationen",
        # fr
        "profil recherché", "votre profil", "ton profil", "compétences", "qualifications requises",
        "compétences requises", "exigences", "prérequis",
        # es
        "requisitos", "perfil", "tu perfil", "requisitos mínimos", "qué buscamos", "que buscamos",
        "lo que buscamos", "cualificaciones", "competencias",
        # pt
        "requisitos e qualificações", "qualificações", "requisitos obrigatórios", "perfil desejado",
        "o que esperamos de você", "o que buscamos",
        # pl
        "wymagania", "nasze wymagania", "oczekiwania", "nasze oczekiwania", "kwalifikacje",
        "czego oczekujemy", "twój profil", "wymagane umiejętności",
        # it
        "requisiti", "requisiti richiesti", "profilo", "profilo ricercato", "il tuo profilo",
        "competenze", "competenze richieste", "cosa cerchiamo",
        # nl
        "eisen", "functie-eisen", "functie eisen", "wat vragen wij", "wat wij vragen",
        "jouw profiel", "profiel", "wie ben jij", "wat breng je mee", "vereisten",
    ),
    "nice_to_have": (
        # en
        "nice to have", "nice-to-have", "nice to haves", "preferred qualifications",
        "preferred", "bonus points", "bonus", "pluses", "it's a plus", "desirable",
        "good to have", "preferred skills",
        # de
        "wünschenswert", "von vorteil", "idealerweise", "pluspunkte",
        # fr
        "atouts", "un plus", "serait un plus", "compétences appréciées",
        # es
        "valorable", "se valorará", "deseable", "requisitos deseables",
        # pt
        "diferenciais", "desejável", "requisitos desejáveis",
        # pl
        "mile widziane", "dodatkowym atutem będzie",
        # it
        "preferibile", "costituisce un plus", "requisiti preferenziali", "gradito",
        # nl
        "pré", "een pré", "pluspunten",
    ),
    "benefits": (
        # en
        "benefits", "what we offer", "we offer", "perks", "perks and benefits", "compensation",
        "compensation and benefits", "why join us", "why us", "what's in it for you",
        # de
        "wir bieten", "was wir bieten", "unser angebot", "das bieten wir",
        "das bieten wir dir", "das bieten wir ihnen", "deine vorteile", "ihre vorteile",
        # fr
        "avantages", "ce que nous offrons", "nous offrons", "nous proposons",
        "pourquoi nous rejoindre",
        # es
        "beneficios", "ofrecemos", "qué ofrecemos", "que ofrecemos", "lo que ofrecemos",
        # pt
        "benefícios", "oferecemos", "o que oferecemos",
        # pl
        "oferujemy", "co oferujemy", "benefity", "korzyści",
        # it
        "benefit", "cosa offriamo", "offriamo", "vantaggi",
        # nl
        "wat bieden wij", "wij bieden", "wat wij bieden", "arbeidsvoorwaarden",
        "secundaire arbeidsvoorwaarden",
    ),
    "about": (
        # en
        "about us", "about the company", "who we are", "company description", "about the team",
        "the team", "our team", "company overview",
        # de
        "über uns", "wer wir sind", "das unternehmen", "unternehmen",
        # fr
        "qui sommes-nous", "qui sommes-nous ?", "à propos", "à propos de nous", "l'entreprise",
        "entreprise",
        # es
        "sobre nosotros", "quiénes somos", "quienes somos", "la empresa", "empresa",
        # pt
        "sobre nós", "quem somos", "sobre a empresa", "a empresa",
        # pl
        "o nas", "o firmie", "kim jesteśmy",
        # it
        "chi siamo", "l'azienda", "azienda",
        # nl
        "over ons", "wie zijn wij", "het bedrijf", "over het bedrijf",
    ),
    "apply": (
        "how to apply", "application process", "apply", "next steps",
        "bewerbung", "so bewirbst du dich", "interessiert?", "candidature", "postuler",
        "cómo aplicar", "como aplicar", "candidatura", "como se candidatar", "aplikuj",
        "come candidarsi", "solliciteren", "interesse?",
    ),
    "legal": (
        "equal opportunity", "equal opportunity employer", "eeo statement", "diversity",
        "diversity and inclusion", "data protection", "privacy notice", "datenschutz",
        "chancengleichheit", "diversité", "igualdad de oportunidades", "diversidade",
        "klauzula informacyjna", "rodo", "pari opportunità", "diversiteit",
    ),
}
# fmt: on

_BULLET_PREFIX = re.compile(r"^[\s#*_>\-–—•·▪●◦¿¡]+")
_TRAILING = re.compile(r"[\s:：*_.!?]+$")

HEADING_KINDS: Final[dict[str, str]] = {
    heading: kind for kind, headings in _HEADINGS.items() for heading in headings
}
_MAX_HEADING_CHARS: Final = 60


def normalize_heading(line: str) -> str:
    """``"## Your Profile:"`` -> ``"your profile"``: markup, colon and case removed."""
    text = unicodedata.normalize("NFC", line.strip())
    text = _BULLET_PREFIX.sub("", text)
    text = _TRAILING.sub("", text)
    return " ".join(text.casefold().split())


def heading_kind(line: str) -> str | None:
    """The section kind a line announces when the whole line is a heading, else ``None``."""
    if len(line) > _MAX_HEADING_CHARS or not line.strip():
        return None
    return HEADING_KINDS.get(normalize_heading(line))


def inline_heading_kind(line: str) -> str | None:
    """The kind when a line opens with a heading and a colon: ``"Requirements: Python, SQL"``."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(head) > _MAX_HEADING_CHARS:
        return None
    return HEADING_KINDS.get(normalize_heading(head))
