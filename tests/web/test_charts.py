from __future__ import annotations

from jobsift.web import charts
from jobsift.web.charts import Series


def test_a_line_chart_has_a_path_per_series_inside_the_picture() -> None:
    series = [Series("Python", (0.1, 0.2, 0.3)), Series("SQL", (0.0, 0.05, 0.1))]
    svg = charts.line_chart(["2025-01", "2025-02", "2025-03"], series)
    assert [path.title for path in svg.paths] == ["Python", "SQL"]
    for path in svg.paths:
        assert all(0 <= x <= svg.width and 0 <= y <= svg.height for x, y in path.points)
    highest = min(y for path in svg.paths for _, y in path.points)
    assert highest >= 12  # the top of the axis is a round number above the largest value


def test_bars_are_as_long_as_their_values() -> None:
    svg = charts.bar_groups([("DE", [("Python", 0.5, "50%"), ("SQL", 0.25, "25%")])])
    python, sql = svg.rects
    assert abs(python.width - 2 * sql.width) < 0.01
    assert python.title == "DE: Python: 50%"
    assert svg.height > 2 * charts.BAR


def test_a_box_plot_orders_its_marks() -> None:
    svg = charts.box_plot([("Python", (10_000, 40_000, 50_000, 60_000, 90_000))])
    (box,) = svg.rects
    whisker = next(line for line in svg.lines if line.cls == "whisker")
    median = next(line for line in svg.lines if line.cls == "median")
    assert whisker.x1 < box.x < median.x1 < box.x + box.width < whisker.x2
    assert "90k" in box.title


def test_no_data_draws_nothing() -> None:
    assert charts.line_chart([], []).empty
    assert charts.bar_groups([]).empty
    assert charts.box_plot([]).empty


def test_a_period_with_nothing_counted_is_a_gap_in_the_line() -> None:
    svg = charts.line_chart(["Q1", "Q2", "Q3", "Q4"], [Series("Go", (0.1, None, 0.2, 0.3))])
    (path,) = svg.paths
    assert path.d.count("M") == 2
    assert path.d.count("L") == 1
