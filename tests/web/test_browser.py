"""The pages in a real browser (Debian's chromium, headless): clicks, keyboard, phone width,
hostile input; each page's screenshot goes to docs/screenshots/."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import pytest

from .conftest import API_KEY, Dialogs, screenshot
from .xss import MARKER, PAYLOADS, PWNED, hostile_text

Page = Any  # playwright.sync_api.Page


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def total(page: Page) -> int:
    return int(re.sub(r"\D", "", page.locator("#results-title").inner_text()) or 0)


def too_wide(page: Page) -> list[str]:
    """Elements reaching past the right edge of the viewport (sideways scrolling)."""
    found: list[str] = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
        " > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className)"
    )
    return found


def assert_inert(page: Page, dialogs: Dialogs) -> None:
    assert page.locator(PWNED).count() == 0
    assert page.evaluate("document.scripts.length") == 0
    assert dialogs.seen == []


def test_search_with_a_facet_click_and_a_chip_removal(page: Page) -> None:
    page.goto("/")
    page.fill("#q", "python remote")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=python"))
    chip = page.locator('.chip[data-field="work_mode"]')
    assert chip.count() == 1
    remote_total = total(page)
    screenshot(page, "search")

    skill = page.locator('.facet-value[data-facet="skill"]').first
    label = skill.locator(".label").inner_text()
    skill.click()
    page.wait_for_url(re.compile(r"skill="))
    assert query_of(page).get("skill")
    assert page.locator(".facet-value.selected").first.locator(".label").inner_text() == label
    assert total(page) <= remote_total
    page.go_back()  # the URL holds the state
    page.wait_for_url(lambda url: "skill=" not in url)
    assert "skill" not in query_of(page)
    assert total(page) == remote_total

    page.locator('.chip[data-field="work_mode"] a.chip-remove').click()
    page.wait_for_url(re.compile(r"literal=work_mode"))
    assert query_of(page)["literal"] == ["work_mode"]
    assert page.locator('.chip[data-field="work_mode"]').count() == 0
    assert page.locator("#q").input_value() == "python remote"  # "remote" is a word now
    page.go_back()
    page.wait_for_url(lambda url: "literal=" not in url)
    assert page.locator('.chip[data-field="work_mode"]').count() == 1


def test_search_by_keyboard_alone(page: Page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("data engineer")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=data"))
    assert page.locator("article.hit").count() > 0
    for _ in range(30):  # the results are reachable by Tab
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('article.hit')"):
            break
    else:
        pytest.fail("no result link reached by Tab")


def test_every_form_control_has_a_label_and_pages_have_landmarks(page: Page) -> None:
    for url in ("/?q=python", "/match", "/analytics", "/ingest"):
        page.goto(url)
        unlabelled = page.evaluate(
            "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
            ".filter(e => e.labels.length === 0).map(e => e.name)"
        )
        assert unlabelled == [], url
        for landmark in ("header", "nav", "main", "footer", "h1"):
            assert page.locator(landmark).count() >= 1, (url, landmark)


#: Text whose contrast with its background is under WCAG AA (4.5:1; 3:1 for large text).
LOW_CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => c.slice(0, 3).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c;
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg')) continue;
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(background(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) low.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)}`);
  }
  return low;
}"""


def test_text_contrast_meets_wcag_aa(page: Page) -> None:
    for url in ("/?q=python+remote", "/analytics", "/ingest", "/match"):
        page.goto(url)
        assert page.evaluate(LOW_CONTRAST) == [], url
    page.locator("#resume").fill("Data engineer: Python, SQL, Docker.")
    page.click("button[type=submit]")
    page.wait_for_selector("article.match")
    assert page.evaluate(LOW_CONTRAST) == []
    page.locator("article.match h3 a").first.click()
    page.wait_for_url(re.compile(r"/postings/"))
    assert page.evaluate(LOW_CONTRAST) == []


def test_posting_page_highlights_evidence_with_tooltips(page: Page) -> None:
    page.goto("/?q=python")
    page.locator("article.hit h3 a").first.click()
    page.wait_for_url(re.compile(r"/postings/"))
    marks = page.locator("#posting-text mark.ev")
    assert marks.count() > 0
    marks.first.focus()
    focused = page.evaluate("document.activeElement.tagName")
    assert focused == "MARK"
    tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert "confidence" in tip
    assert "basis" in tip
    screenshot(page, "posting")  # with the focused highlight's tooltip
    # The "evidence" link of a field takes the keyboard to its highlight.
    page.locator(".fields a[href^='#ev-']").first.click()
    page.wait_for_url(re.compile(r"#ev-"))


def test_the_match_flow(page: Page) -> None:
    page.goto("/match")
    page.fill("#resume", "Senior data engineer in Berlin. Python, SQL, Apache Spark, Docker, AWS.")
    page.click("button[type=submit]")
    page.wait_for_selector("article.match")  # a new page: waits for it
    assert page.locator("article.match").count() > 0
    assert page.locator("article.match .tag-ok").count() > 0
    assert page.locator("article.match .skills-explained").count() > 0
    assert page.locator("aside.gap li").count() > 0
    assert page.locator("#resume").input_value().startswith("Senior data engineer")
    screenshot(page, "match")


def test_matching_an_uploaded_resume(page: Page) -> None:
    page.goto("/match")
    page.set_input_files("#file", files=[{
        "name": "cv.md", "mimeType": "text/markdown",
        "buffer": b"# Nurse\n\nPatient care, wound care and medication administration. Munich.",
    }])  # fmt: skip
    page.select_option("#work_mode", "onsite")
    page.click("button[type=submit]")
    page.wait_for_selector("article.match, .error")
    assert page.locator("section.profile .tag").count() > 0
    assert page.locator("#work_mode").input_value() == "onsite"


def test_charts_render_with_data(page: Page) -> None:
    page.goto("/analytics")
    charts = page.locator("svg.chart")
    assert charts.count() == 5
    for n in range(5):
        box = charts.nth(n).bounding_box()
        assert box is not None
        assert box["width"] > 200
        assert box["height"] > 50
        assert charts.nth(n).locator("rect, path").count() > 0
    assert page.locator("#chart-demand path.series").count() >= 1
    csv_link = page.locator("#chart-countries a.download")
    response = page.request.get(csv_link.get_attribute("href"))
    assert response.ok
    assert response.text().count("\n") > 1
    screenshot(page, "analytics", full_page=True)


def test_ingest_reports_counts_and_errors(page: Page) -> None:
    page.goto("/ingest")
    page.fill("#text", "Physiotherapist wanted in Porto, full time.")
    page.set_input_files("#files", files=[{
        "name": "more.jsonl", "mimeType": "application/x-ndjson",
        "buffer": b'{"text": "Baker wanted in Graz."}\n{broken\n',
    }])  # fmt: skip
    page.fill("#api_key", API_KEY)
    page.click("button[type=submit]")
    page.wait_for_selector("section.report")
    assert page.locator("#count-read").inner_text() == "2"
    assert page.locator("#count-rejected").inner_text() == "1"
    assert "line 2" in page.locator("table.problems").inner_text()
    screenshot(page, "ingest")


@pytest.mark.parametrize("url", ["/?q=python", "/analytics", "/match", "/ingest"])
def test_phone_width_needs_no_sideways_scrolling(phone: Page, url: str) -> None:
    phone.goto(url)
    assert too_wide(phone) == []
    if url.startswith("/?"):
        screenshot(phone, "search-phone")


def test_phone_width_posting_page(phone: Page) -> None:
    phone.goto("/?q=python")
    phone.locator("article.hit h3 a").first.click()
    phone.wait_for_url(re.compile(r"/postings/"))
    assert too_wide(phone) == []
    screenshot(phone, "posting-phone")


def test_hostile_postings_and_queries_stay_inert(page: Page, dialogs: Dialogs) -> None:
    for payload in PAYLOADS:
        page.goto("/")
        page.fill("#q", f"{MARKER} {payload}")
        page.press("#q", "Enter")
        page.wait_for_load_state()
        assert_inert(page, dialogs)
        assert page.locator("#q").input_value() == f"{MARKER} {payload}"
    page.goto(f"/?q={MARKER}&limit=50&collapse=false")
    links = page.locator("article.hit h3 a")
    hrefs = [links.nth(n).get_attribute("href") for n in range(links.count())]
    assert len(hrefs) >= len(PAYLOADS)
    for href in hrefs:
        page.goto(href)
        assert_inert(page, dialogs)
        marks = page.locator("#posting-text mark.ev")
        for n in range(min(marks.count(), 5)):
            marks.nth(n).focus()  # tooltips show text, never markup
        assert_inert(page, dialogs)


def test_hostile_parameters_and_forms_stay_inert(page: Page, dialogs: Dialogs) -> None:
    for payload in PAYLOADS:
        page.goto("/analytics?" + urlencode({"skill": payload, "country": payload,
                                             "currency": payload}))  # fmt: skip
        assert_inert(page, dialogs)
        page.goto("/postings/" + quote(payload, safe=""))
        assert_inert(page, dialogs)
    page.goto("/ingest")
    page.fill("#text", hostile_text())
    page.fill("#api_key", "wrong")
    page.click("button[type=submit]")
    page.wait_for_selector(".error")
    assert_inert(page, dialogs)
    assert page.locator("#text").input_value() == hostile_text()


def test_a_hostile_resume_stays_inert(page: Page, dialogs: Dialogs) -> None:
    page.goto("/match")
    page.fill("#resume", hostile_text())
    page.click("button[type=submit]")
    page.wait_for_selector("article.match, .error")
    assert_inert(page, dialogs)
    assert page.locator("#resume").input_value() == hostile_text()
