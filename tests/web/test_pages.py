"""The pages as HTML (no browser): what they show, their links, errors, and escaping."""

from __future__ import annotations

import csv
import io
from typing import Any

import lxml.html
import pytest
from fastapi.testclient import TestClient

from .conftest import API_KEY
from .dom import css
from .xss import MARKER, PAYLOADS, PWNED, hostile_text

Doc = Any  # lxml.html.HtmlElement


def html(client: TestClient, url: str, status: int = 200) -> Doc:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src" not in response.headers["content-security-policy"]  # none at all
    return lxml.html.fromstring(response.text)


def ids_of(client: TestClient, q: str, limit: int = 20) -> list[str]:
    found = client.get("/v1/postings/search", params={"q": q, "limit": limit}).json()
    return [hit["id"] for hit in found["hits"]]


def test_search_shows_hits_with_snippets_tags_and_badges(client: TestClient) -> None:
    doc = html(client, "/?q=python")
    hits = css(doc, "article.hit")
    assert hits
    assert css(doc, "article.hit mark.hl")  # the matched words
    assert css(doc, "article.hit .tag")
    assert css(doc, "article.hit .badge")
    assert css(doc, "#q")[0].get("value") == "python"
    assert css(doc, ".facets .facet-value")


def test_a_reading_is_a_chip_whose_link_searches_the_words_instead(client: TestClient) -> None:
    doc = html(client, "/?q=python+remote")
    chip = css(doc, '.chip[data-field="work_mode"]')[0]
    remove = css(chip, "a.chip-remove")[0]
    assert "Remove Work mode remote" in remove.get("aria-label")
    assert "literal=work_mode" in remove.get("href")
    undone = html(client, remove.get("href"))
    assert not css(undone, '.chip[data-field="work_mode"]')


def test_a_facet_link_adds_the_filter_and_the_next_click_takes_it_away(client: TestClient) -> None:
    doc = html(client, "/?q=python")
    link = css(doc, '.facet-value[data-facet="skill"]')[0]
    filtered = html(client, link.get("href"))
    selected = css(filtered, ".facet-value.selected")
    assert selected
    assert selected[0].get("aria-current") == "true"
    assert css(filtered, ".chip a.chip-remove")
    again = html(client, selected[0].get("href"))
    assert not css(again, ".facet-value.selected")


def test_pages_follow_the_cursor(client: TestClient) -> None:
    doc = html(client, "/?limit=5&sort=date")
    following = css(doc, 'a[rel="next"]')[0].get("href")
    assert "cursor=" in following
    second = html(client, following)
    first_ids = {a.get("href") for a in css(doc, "article.hit h3 a")}
    second_ids = {a.get("href") for a in css(second, "article.hit h3 a")}
    assert second_ids
    assert not first_ids & second_ids


def test_bad_parameters_are_said_on_the_page(client: TestClient) -> None:
    doc = html(client, "/?limit=0&facets=nope", 422)
    assert "limit" in css(doc, ".error")[0].text_content()


def test_the_posting_page_highlights_every_field_s_evidence(client: TestClient) -> None:
    posting_id = ids_of(client, "python")[0]
    doc = html(client, f"/postings/{posting_id}")
    marks = css(doc, "#posting-text mark.ev")
    assert marks
    for mark in marks:
        assert mark.get("tabindex") == "0"
        assert "confidence" in mark.get("title")
        assert "basis" in mark.get("title")
    extraction = client.get(f"/v1/postings/{posting_id}").json()["extraction"]
    skills = {item["value"]["label"] for item in extraction["skills"] if item["spans"]}
    titles = " ".join(mark.get("title") for mark in marks)
    assert all(f"Skill: {label}" in titles for label in skills)
    text = css(doc, "#posting-text")[0].text_content()
    assert text == client.get(f"/v1/postings/{posting_id}").json()["text"]
    for link in css(doc, ".fields a[href^='#ev-']"):
        assert doc.get_element_by_id(link.get("href")[1:]) is not None


def test_a_reposted_job_shows_its_cluster(client: TestClient) -> None:
    found = client.get("/v1/postings/search", params={"limit": 100}).json()["hits"]
    reposted = next(hit for hit in found if hit["card"]["also_posted"])
    doc = html(client, "/?limit=100")
    assert css(doc, f'a[href="/postings/{reposted["id"]}#cluster"]')
    page = html(client, f"/postings/{reposted['id']}")
    members = css(page, "#cluster ol.cluster > li")
    assert len(members) == reposted["card"]["also_posted"] + 1


def test_a_posting_exports_as_json_and_schema_org(client: TestClient) -> None:
    posting_id = ids_of(client, "python")[0]
    doc = html(client, f"/postings/{posting_id}")
    links = {a.text_content(): a.get("href") for a in css(doc, "p.meta a")}
    assert client.get(links["JSON"]).json()["id"] == posting_id
    exported = client.get(links["schema.org JobPosting"])
    assert exported.headers["content-type"] == "application/ld+json"
    assert exported.json()["@type"] == "JobPosting"


def test_an_unknown_posting_is_a_404_page(client: TestClient) -> None:
    doc = html(client, "/postings/ffffffffffffffffffffffff", 404)
    assert css(doc, ".error")


def test_analytics_draws_five_charts_each_with_its_csv(client: TestClient) -> None:
    doc = html(client, "/analytics")
    cards = css(doc, "section.chart-card")
    assert len(cards) == 5
    for card in cards:
        assert css(card, "svg.chart rect, svg.chart path"), card.get("id")
        href = css(card, "a.download")[0].get("href")
        response = client.get(href)
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(response.text)))
        assert len(rows) > 1
        assert len(rows[1]) == len(rows[0])


def test_analytics_follows_its_options(client: TestClient) -> None:
    doc = html(client, "/analytics?country=de&currency=eur")
    assert css(doc, "#country")[0].get("value") == "DE"
    assert "(EUR)" in css(doc, "#chart-salaries h2")[0].text_content()
    assert client.get("/analytics/nope.csv").status_code == 404


def test_csv_cells_cannot_be_formulas() -> None:
    from jobsift.web.analytics import Chart, to_csv
    from jobsift.web.charts import Svg

    chart = Chart(
        "x", "x", "x", ("skill",), [("=HYPERLINK(1)",), ("@SUM",), ("Python",)], Svg(1, 1)
    )
    assert to_csv(chart).splitlines() == ["skill", "'=HYPERLINK(1)", "'@SUM", "Python"]


def test_matching_a_resume_ranks_postings_and_suggests_skills(client: TestClient) -> None:
    resume = "Data engineer. Python, SQL, Apache Spark, Docker and AWS. Berlin."
    response = client.post("/match", data={"resume": resume})
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    assert css(doc, "article.match")
    assert css(doc, "article.match .tag-ok")
    assert css(doc, "aside.gap ol li")
    assert css(doc, "#resume")[0].text_content() == resume


def test_a_resume_file_wins_over_pasted_text(client: TestClient) -> None:
    files = {"file": ("cv.txt", b"Nurse. Patient care, wound care, Berlin.", "text/plain")}
    response = client.post("/match", data={"resume": ""}, files=files)
    assert response.status_code == 200
    assert css(lxml.html.fromstring(response.text), "article.match")


def test_an_empty_resume_is_said_on_the_page(client: TestClient) -> None:
    response = client.post("/match", data={"resume": "   "})
    assert response.status_code >= 400
    assert "empty" in css(lxml.html.fromstring(response.text), ".error")[0].text_content()


def test_ingest_needs_the_api_key(client: TestClient) -> None:
    response = client.post("/ingest", data={"text": "Nurse wanted", "api_key": "wrong"})
    assert response.status_code == 403
    assert "API key" in css(lxml.html.fromstring(response.text), ".error")[0].text_content()


def test_ingest_reports_counts_and_each_rejected_record(client: TestClient) -> None:
    bad = b'{"text": "Welder wanted in Gdansk, full time."}\nnot json\n'
    response = client.post(
        "/ingest",
        data={
            "text": "Pharmacist wanted in Lyon, full time, 45,000 EUR a year.",
            "api_key": API_KEY,
        },
        files=[("files", ("records.jsonl", bad, "application/x-ndjson"))],
    )
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    assert css(doc, "#count-read")[0].text_content() == "2"
    assert css(doc, "#count-rejected")[0].text_content() == "1"
    (row,) = css(doc, "table.problems tbody tr")
    assert "line 2" in row.text_content()
    assert "JSON" in row.text_content()
    progress = [item.text_content() for item in css(doc, "#progress li")]
    assert progress[0] == "pasted text: reading as text"
    assert "records.jsonl: 1 read, 1 new, 1 rejected, 1 indexed" in progress
    assert any("postings read and stored" in line for line in progress)


def test_ingest_progress_arrives_before_the_report(client: TestClient) -> None:
    """The page is streamed: the form and the progress list come first, the report last."""
    data = {"text": "Carpenter wanted in Ghent, full time.", "api_key": API_KEY}
    with client.stream("POST", "/ingest", data=data) as response:
        chunks = [chunk for chunk in response.iter_text() if chunk]
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert '<ol id="progress">' in chunks[0]
    assert 'section class="report"' not in chunks[0]
    assert any(chunk.startswith("<li>") for chunk in chunks[1:-1])
    assert 'section class="report"' in chunks[-1]


def test_the_pages_are_not_in_the_openapi_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert all(path.startswith(("/v1/", "/healthz", "/readyz", "/metrics")) for path in paths)


# -- hostile input -------------------------------------------------------------------------


def inert(doc: Doc) -> None:
    assert not css(doc, PWNED)
    assert not css(doc, "[onerror], [onload], [style]")
    assert not [
        a for a in css(doc, "a[href]") if a.get("href").strip().lower().startswith("javascript")
    ]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_queries_stay_text(client: TestClient, payload: str) -> None:
    doc = html(client, f"/?q={MARKER}+{payload}".replace("#", "%23").replace("&", "%26"))
    inert(doc)
    assert css(doc, "#q")[0].get("value") == f"{MARKER} {payload}"


def test_hostile_postings_stay_text_in_results_and_on_their_pages(client: TestClient) -> None:
    doc = html(client, f"/?q={MARKER}&limit=50&collapse=false")
    inert(doc)
    hits = ids_of(client, MARKER, limit=50)
    assert len(hits) >= len(PAYLOADS)
    for posting_id in hits:
        page = html(client, f"/postings/{posting_id}")
        inert(page)
    some = html(client, f"/postings/{hits[0]}")
    assert MARKER in css(some, "#posting-text")[0].text_content()


def test_hostile_resumes_stay_text(client: TestClient) -> None:
    resume = hostile_text()
    response = client.post("/match", data={"resume": resume})
    doc = lxml.html.fromstring(response.text)
    inert(doc)
    assert css(doc, "#resume")[0].text_content() == resume


def test_a_posting_page_links_similar_postings(client: TestClient) -> None:
    posting_id = ids_of(client, "python")[0]
    links = css(html(client, f"/postings/{posting_id}"), "ul.similar a")
    assert links
    assert all(link.get("href").startswith("/postings/") for link in links)
    assert f"/postings/{posting_id}" not in {link.get("href") for link in links}


def test_a_range_facet_value_is_one_step_that_replaces_the_last(client: TestClient) -> None:
    doc = html(client, "/")
    low, high = css(doc, '.facet-value[data-facet="salary"]')[:2]
    first = html(client, low.get("href"))
    assert "salary_min=" in low.get("href")
    chosen = css(first, '.facet-value[data-facet="salary"].selected')
    assert len(chosen) == 1
    replaced = next(a for a in css(first, '.facet-value[data-facet="salary"]')
                    if "selected" not in a.get("class"))  # fmt: skip
    assert replaced.get("href").count("salary_min=") == 1
    assert "Salary at least" in css(first, ".chips")[0].text_content()
    assert "salary_min" not in chosen[0].get("href")
    assert high.get("href") != low.get("href")


def test_no_template_marks_anything_safe() -> None:
    from jobsift.web.templating import HERE, environment

    assert environment().autoescape is True
    for template in (HERE / "templates").glob("*.html"):
        text = template.read_text("utf-8")
        assert "|safe" not in text.replace(" ", ""), template.name
        assert "autoescape false" not in text, template.name
    assert "Markup" not in "".join(path.read_text("utf-8") for path in HERE.glob("*.py"))


def test_every_page_works_over_an_empty_store() -> None:
    from jobsift.api import create_app
    from jobsift.engine import Engine
    from jobsift.settings import Settings

    with (
        Engine(Settings(database_url="sqlite://", semantic="off")) as engine,
        TestClient(create_app(engine)) as empty,
    ):
        assert "0 postings" in html(empty, "/?q=python").text_content()
        doc = html(empty, "/analytics")
        assert len(css(doc, "section.chart-card")) == 5
        assert empty.get("/analytics/demand.csv").status_code == 200
        html(empty, "/ingest")
        response = empty.post("/ingest", data={"text": "Nurse wanted", "api_key": "x"})
        assert response.status_code == 403  # no key set: this server accepts no postings
        response = empty.post("/match", data={"resume": "Nurse: patient care."})
        assert response.status_code == 200
        assert "No posting matches" in response.text
