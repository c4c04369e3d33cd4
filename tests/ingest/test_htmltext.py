from __future__ import annotations

import pytest

from jobsift.ingest.htmltext import html_to_text, looks_like_html, tidy_lines, to_plain_text


def test_paragraphs_are_separated_and_list_items_become_bullets() -> None:
    markup = (
        "<p>We make <b>garden tools</b>.</p>"
        "<ul><li>Weld frames</li><li>Check <em>welds</em></li></ul>"
        "<p>Apply by mail.</p>"
    )
    assert html_to_text(markup) == (
        "We make garden tools.\n\n* Weld frames\n* Check welds\n\nApply by mail."
    )


def test_nested_list_items_are_flat_bullets() -> None:
    markup = "<ul><li>Tools<ul><li>Lathe<ul><li>Manual</li></ul></li></ul></li><li>Forms</li></ul>"
    assert html_to_text(markup).splitlines() == ["* Tools", "* Lathe", "* Manual", "* Forms"]


def test_ordered_list_keeps_its_numbers() -> None:
    assert html_to_text("<ol><li>Read</li><li>Reply</li></ol>") == "1. Read\n2. Reply"


def test_line_breaks_become_lines() -> None:
    assert html_to_text("Hours:<br>Mon-Fri<br/>9-5") == "Hours:\nMon-Fri\n9-5"


def test_runs_of_blank_lines_collapse_to_one() -> None:
    text = html_to_text("<p>top</p><br><br><br><br><br><p>bottom</p>")
    assert "\n\n\n" not in text
    assert text.startswith("top\n")
    assert text.endswith("\nbottom")


def test_entities_and_non_breaking_spaces_are_plain() -> None:
    assert html_to_text("<p>R&amp;D&nbsp;team &lt;3</p>") == "R&D team <3"


def test_control_characters_do_not_break_the_parser() -> None:
    assert html_to_text("<p>one\x00\x0b two</p>") == "one two"


def test_tidy_lines_keeps_prose_that_starts_like_a_bullet() -> None:
    assert tidy_lines("o dear\n- a dash line") == "o dear\n- a dash line"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>x</p>", True),
        ("Use <br> here", True),
        ("<LI>shouting</LI>", True),
        ("salary < 50k and > 40k", False),
        ("a <placeholder> word", False),
        ("no markup at all", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_plain_text_passes_through_stripped_only() -> None:
    text = "  Line one\n\n\n\nline   two  \n"
    assert to_plain_text(text) == "Line one\n\n\n\nline   two"


def test_escaped_html_is_unescaped_then_rendered() -> None:
    assert to_plain_text("&lt;ul&gt;&lt;li&gt;Drive&lt;/li&gt;&lt;/ul&gt;") == "* Drive"


def test_escaped_text_that_is_not_markup_stays_as_written() -> None:
    assert to_plain_text("pay &lt; 10k") == "pay &lt; 10k"
