"""jobsift's own curated technology catalog, and a fast matcher for it.

``data/technologies.v1.json`` lists languages, frameworks, libraries, databases, clouds and their
services, devops and data tools, ML, testing, security, design, office and ERP/CRM products,
protocols and methods.  Each entry has a stable ``id`` ("tech:go"), a display ``name``, the
``aliases`` it is written as, a ``category``, an optional ``parent`` ("tech:spring-boot" ->
"tech:spring") and ``related`` ids, and ``rules`` for surfaces that are also ordinary words.

Matching (``find_technologies``)
    Surfaces are compared casefolded, on token boundaries: a surface that starts or ends with a
    letter or digit must not touch another one ("go" is not found in "good", "Java" not in
    "JavaScript").  On overlaps the longest match wins ("C++" over "C", "ASP.NET" over ".NET",
    "Spring Boot" over "Spring").  A surface with a parenthesised qualifier ("Cats (Scala)") is a
    display form: ``by_surface`` finds it, the matcher never searches it.

Rule vocabulary
    A rule governs the surfaces in its ``applies_to`` (exact spellings); other surfaces of the
    same entry ("Golang") always count.  Every check a rule states must pass.

    ``case_sensitive``    the text must match the surface exactly: "Go", not "go"; "Swift", not
                          "a swift reply".  Every surface of one or two letters is case-sensitive.
    ``standalone``        the match must stand apart from glue characters: not after a letter,
                          digit, ``& $ @ - . '``; not before a letter, digit, ``& $ @ - + # % '``
                          or a currency sign, nor before a "." that joins a word ("R&D", "R$",
                          "C-level", "example.net").
    ``not_preceded_by``   terms (casefolded, whole words) that must not come just before the
                          match, spaces skipped: "Taylor" Swift, "a" Flask.
    ``not_followed_by``   terms that must not come just after it: Rust "removal", Go "live";
                          ``@number`` means any number (Spring "2026").
    ``requires_context``  at least one piece of evidence within ``window`` characters (default
                          150) either side, the match itself excluded: a word or phrase
                          ("goroutine"), ``@category`` = an unconditional match of that category
                          (``@devops`` = "Kubernetes"), or ``$set`` = every term of a named set in
                          the file's ``context_sets``.  A window, not the sentence, because
                          requirements are often one-word bullets.  Only matches that needed no
                          context count as ``@category`` evidence, so two ambiguous names cannot
                          vouch for each other through their categories.

    Confidence: 0.95 for a surface without rule, 0.85 when only local checks applied, 0.8 when a
    context word was found, 0.75 when another technology was the evidence.  ``TechMatch.rule``
    lists the checks that applied.

Aliases are unique across entries once casefolded, with one exception: case-sensitive spellings
that differ exactly may share a folded form ("LoRA" the fine-tuning method, "LoRa" the radio).
"""

from jobsift.technologies.catalog import CATALOG_VERSION, TechCatalog, load_catalog
from jobsift.technologies.match import MATCHER_VERSION, TechMatch, TechMatcher, find_technologies
from jobsift.technologies.model import CATEGORIES, Category, Rule, Technology

__all__ = [
    "CATALOG_VERSION",
    "CATEGORIES",
    "MATCHER_VERSION",
    "Category",
    "Rule",
    "TechCatalog",
    "TechMatch",
    "TechMatcher",
    "Technology",
    "find_technologies",
    "load_catalog",
]
