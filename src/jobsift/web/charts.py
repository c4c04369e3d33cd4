"""Charts as plain shapes (lines, bars, labels) that a template draws as SVG.

Shapes carry numbers and text only; the template escapes every label, so a skill or company
name cannot inject markup into a chart.  Sizes are in SVG user units: the picture scales to
its container through ``viewBox``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH = 640
LABEL_WIDTH = 200  # left column of horizontal charts
#: Characters of a label that fit the left column at the stylesheet's 12px.
LABEL_CHARS = 27
BAR = 18
GAP = 6
#: Width an x-axis label needs ("2025-Q3" at the stylesheet's 12px), in SVG units.
X_LABEL_ROOM = 64
#: Colour classes in site.css, one per series (colour-blind safe palette).
SERIES = 6


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float
    text: str
    cls: str = ""
    anchor: str = "start"


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    cls: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    cls: str = ""


@dataclass(frozen=True, slots=True)
class Dot:
    x: float
    y: float
    cls: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Path:
    """A line through ``points``; a None is a gap (the line stops and starts again)."""

    points: tuple[tuple[float, float] | None, ...]
    cls: str = ""
    title: str = ""

    @property
    def d(self) -> str:
        parts, moving = [], True
        for point in self.points:
            if point is None:
                moving = True
                continue
            parts.append(f"{'M' if moving else 'L'}{point[0]:.1f},{point[1]:.1f}")
            moving = False
        return " ".join(parts)


@dataclass(slots=True)
class Svg:
    width: float
    height: float
    texts: list[Text] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.rects or self.paths)


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    values: tuple[float | None, ...]  # one per x label; None: nothing to count there


def line_chart(x_labels: Sequence[str], series: Sequence[Series], *, unit: str = "%") -> Svg:
    """One line per series over ``x_labels`` (months), with a legend on the right."""
    left, right, top, bottom, height = 44, 170, 12, 34, 260
    svg = Svg(WIDTH, height)
    top_value = _nice_max(max((v for s in series for v in s.values if v is not None), default=0.0))
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    steps = max(len(x_labels) - 1, 1)

    def at(n: int, value: float) -> tuple[float, float]:
        return left + plot_w * n / steps, top + plot_h * (1 - value / top_value)

    _y_axis(svg, (left, top, plot_w, plot_h), top_value, unit)
    every = max(1, math.ceil(len(x_labels) * X_LABEL_ROOM / plot_w))  # labels must not touch
    for n, label in enumerate(x_labels):
        if n % every == 0:
            svg.texts.append(Text(at(n, 0)[0], height - 12, label, "tick", "middle"))
    for k, one in enumerate(series):
        cls = f"s{k % SERIES}"
        points = tuple(None if v is None else at(n, v) for n, v in enumerate(one.values))
        svg.paths.append(Path(points, cls, one.label))
        svg.dots.extend(
            Dot(*point, cls, f"{one.label}, {x_labels[n]}: {_value(value, unit)}")
            for n, (point, value) in enumerate(zip(points, one.values, strict=True))
            if point is not None and value is not None
        )
        y = top + 8 + k * 20
        svg.lines.append(Line(WIDTH - right + 12, y - 4, WIDTH - right + 30, y - 4, f"key {cls}"))
        svg.texts.append(Text(WIDTH - right + 36, y, _cut(one.label, 20), "legend"))
    return svg


def bar_groups(groups: Sequence[tuple[str, Sequence[tuple[str, float, str]]]]) -> Svg:
    """Horizontal bars in labelled groups: (group, [(label, value, value as text)])."""
    biggest = max((value for _, bars in groups for _, value, _ in bars), default=0.0) or 1.0
    plot_w = WIDTH - LABEL_WIDTH - 110  # room on the right for the value
    svg = Svg(WIDTH, 0)
    y = 4.0
    for k, (group, bars) in enumerate(groups):
        if group:
            svg.texts.append(Text(0, y + 14, _cut(group, 60), "group"))
            y += 22
        for label, value, shown in bars:
            width = max(plot_w * value / biggest, 1.0)
            svg.texts.append(
                Text(LABEL_WIDTH - 8, y + BAR - 5, _cut(label, LABEL_CHARS), "label", "end")
            )
            svg.rects.append(Rect(LABEL_WIDTH, y, width, BAR, f"bar s{k % SERIES}",
                                  f"{group + ': ' if group else ''}{label}: {shown}"))  # fmt: skip
            svg.texts.append(Text(LABEL_WIDTH + width + 6, y + BAR - 5, shown, "value"))
            y += BAR + GAP
        y += 8
    svg.height = y + 4
    return svg


def box_plot(rows: Sequence[tuple[str, tuple[float, float, float, float, float]]],
             *, unit: str = "") -> Svg:  # fmt: skip
    """One box per row: (label, (minimum, q1, median, q3, maximum))."""
    top_value = _nice_max(max((stats[4] for _, stats in rows), default=0.0))
    plot_w, axis = WIDTH - LABEL_WIDTH - 20, 26
    svg = Svg(WIDTH, axis + len(rows) * (BAR + GAP) + 8)

    def x(value: float) -> float:
        return LABEL_WIDTH + plot_w * value / top_value

    for n in range(5):
        value = top_value * n / 4
        svg.lines.append(Line(x(value), axis - 4, x(value), svg.height, "grid"))
        svg.texts.append(Text(x(value), 14, f"{_short(value)}{unit}", "tick", "middle"))
    for n, (label, (low, q1, median, q3, high)) in enumerate(rows):
        y = axis + n * (BAR + GAP)
        mid = y + BAR / 2
        tip = f"{label}: " + " · ".join(_short(v) for v in (low, q1, median, q3, high))
        svg.texts.append(
            Text(LABEL_WIDTH - 8, y + BAR - 5, _cut(label, LABEL_CHARS), "label", "end")
        )
        svg.lines.append(Line(x(low), mid, x(high), mid, "whisker"))
        svg.rects.append(Rect(x(q1), y, max(x(q3) - x(q1), 1.0), BAR, "box s0", tip))
        svg.lines.append(Line(x(median), y, x(median), y + BAR, "median"))
    return svg


def _y_axis(svg: Svg, box: tuple[float, float, float, float], top_value: float, unit: str) -> None:
    """Grid lines and their values; ``box`` is the plot's (left, top, width, height)."""
    left, top, width, height = box
    for n in range(5):
        value = top_value * n / 4
        y = top + height * (1 - n / 4)
        svg.lines.append(Line(left, y, left + width, y, "grid"))
        shown = _value(value, unit)
        svg.texts.append(Text(left - 6, y + 4, shown, "tick", "end"))


def _value(value: float, unit: str) -> str:
    return f"{value * 100:.3g}%" if unit == "%" else _short(value)


def _nice_max(value: float) -> float:
    """A round number at least ``value`` for the top of an axis (1, 2, 2.5, 5 x 10^n)."""
    if value <= 0:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * scale >= value:
            return step * scale
    return value


def _short(value: float) -> str:
    """48200 -> "48k", 1250000 -> "1.2M"."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if abs(value) >= 1_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:g}"


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
