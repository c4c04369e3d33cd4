from __future__ import annotations

from jobsift.web.urls import Params


def test_links_change_one_thing_and_keep_the_rest() -> None:
    params = Params.of([("q", "python"), ("skill", "tech:sql"), ("cursor", "abc"), ("city", "")])
    assert params.pairs == (("q", "python"), ("skill", "tech:sql"), ("cursor", "abc"))
    assert params.toggling("skill", "tech:sql").without("cursor").href("/") == "/?q=python"
    assert params.toggling("skill", "tech:go").get("skill") == "tech:sql"
    assert params.toggling("skill", "tech:go").all("skill") == ["tech:sql", "tech:go"]
    assert params.setting("cursor", None).href("/") == "/?q=python&skill=tech%3Asql"
    assert params.setting("literal", "city").get("literal") == "city"


def test_an_empty_query_string_is_the_bare_path() -> None:
    assert Params().href("/analytics") == "/analytics"
