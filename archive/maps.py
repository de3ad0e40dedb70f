"""World maps drawn on the server as inline SVG: countries shaded by a count, each linking
somewhere, with the same figures as a table for screen readers.

The shapes come from the world map shipped by the pygal_maps_world package (its boundaries
are those of a public-domain Wikimedia Commons map, one group per ISO 3166-1 alpha-2 code,
with a circle marking each small state). Nothing is fetched at run time: the package's file
is read once per process, its curves reduced to their end points, scaled to a 1000-unit-wide
map and simplified (Ramer–Douglas–Peucker) to a few tens of kilobytes, then kept in memory.
"""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources

from django.utils.safestring import SafeString, mark_safe

WIDTH = 1000  # the map's width in its own units
TOLERANCE = 0.9  # how far (in those units) a simplified outline may stray from the shape
SMALLEST = 2.0  # outlines smaller than this across are left out (islands of a few pixels)
SHADES = 5  # classes .shade-1 … .shade-5, lightest to darkest

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# how many numbers each command takes, and which of them is the end point
ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7}

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


@dataclass(frozen=True)
class Shape:
    code: str  # ISO alpha-2, upper case
    outline: str  # the path's d attribute; empty for a small state drawn as a dot
    dot: tuple[float, float] | None  # where a small state's marker goes


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    """a then b as one affine matrix (SVG order: a is the outer transform)."""
    a0, a1, a2, a3, a4, a5 = a
    b0, b1, b2, b3, b4, b5 = b
    return (
        a0 * b0 + a2 * b1,
        a1 * b0 + a3 * b1,
        a0 * b2 + a2 * b3,
        a1 * b2 + a3 * b3,
        a0 * b4 + a2 * b5 + a4,
        a1 * b4 + a3 * b5 + a5,
    )


def _transform(text: str | None) -> Matrix:
    if not text:
        return IDENTITY
    numbers = [float(n) for n in NUMBER.findall(text)]
    if text.startswith("translate"):
        x, y = [*numbers, 0.0][:2]
        return (1, 0, 0, 1, x, y)
    if text.startswith("matrix") and len(numbers) == 6:
        return tuple(numbers)  # type: ignore[return-value]
    if text.startswith("scale"):
        x = numbers[0]
        y = numbers[1] if len(numbers) > 1 else x
        return (x, 0, 0, y, 0, 0)
    return IDENTITY


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def rings(d: str) -> list[list[tuple[float, float]]]:
    """A path's outlines as lists of absolute points: each segment by its end point (curves
    bend less than the simplification allows at this size)."""
    tokens = TOKEN.findall(d)
    found: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    x = y = start_x = start_y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "zZ":
                if ring:
                    found.append(ring)
                ring = []
                x, y = start_x, start_y
                continue
        lower = command.lower()
        arity = ARITY.get(lower)
        if arity is None or i + arity > len(tokens):
            break
        values = [float(t) for t in tokens[i : i + arity]]
        i += arity
        relative = command.islower()
        if lower == "h":
            x = x + values[0] if relative else values[0]
        elif lower == "v":
            y = y + values[0] if relative else values[0]
        else:
            dx, dy = values[-2], values[-1]
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        if lower == "m":
            if ring:
                found.append(ring)
            ring = [(x, y)]
            start_x, start_y = x, y
            command = "l" if relative else "L"  # further pairs are lines
        else:
            ring.append((x, y))
    if ring:
        found.append(ring)
    return found


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Ramer–Douglas–Peucker, iteratively. A closed outline (its ends together) is split at
    the point farthest from its start, and each half simplified."""
    if len(points) < 3:
        return points
    (x0, y0), (xn, yn) = points[0], points[-1]
    if math.hypot(xn - x0, yn - y0) < 1e-6:
        far = max(range(len(points)), key=lambda k: abs(points[k][0] - x0) + abs(points[k][1] - y0))
        if 0 < far < len(points) - 1:
            return _rdp(points[: far + 1], tolerance) + _rdp(points[far:], tolerance)[1:]
    return _rdp(points, tolerance)


def _rdp(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        worst, where = 0.0, 0
        for k in range(first + 1, last):
            px, py = points[k]
            if length > 1e-9:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            else:
                distance = math.hypot(px - x1, py - y1)
            if distance > worst:
                worst, where = distance, k
        if worst > tolerance:
            keep[where] = True
            stack += [(first, where), (where, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _outline(paths: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in paths:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        if max(max(xs) - min(xs), max(ys) - min(ys)) < SMALLEST:
            continue
        # whole units, written relative to the last point: short numbers, no drift
        points = [(round(x), round(y)) for x, y in simplify(ring, TOLERANCE)]
        points = [p for n, p in enumerate(points) if n == 0 or p != points[n - 1]]
        if len(points) < 3:
            continue
        steps = [f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in itertools.pairwise(points)]
        parts.append(f"M{points[0][0]} {points[0][1]}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def _read(group, matrix: Matrix):
    """A country group's outlines (absolute map points) and its small-state marker, with
    the transforms of the group and everything in it applied."""
    outlines: list[list[tuple[float, float]]] = []
    dot = None
    stack = [(group, matrix)]
    while stack:
        element, outer = stack.pop()
        own = IDENTITY if element is group else _transform(element.get("transform"))
        inner = _multiply(outer, own)
        if element.tag == f"{SVG}path":
            for ring in rings(element.get("d", "")):
                outlines.append([_apply(inner, x, y) for x, y in ring])
        elif element.tag == f"{SVG}circle":
            dot = _apply(inner, float(element.get("cx", 0)), float(element.get("cy", 0)))
        stack.extend((child, inner) for child in element)
    return outlines, dot


@lru_cache(maxsize=1)
def world() -> tuple[tuple[Shape, ...], str]:
    """Every country's shape, and the map's viewBox."""
    source = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_bytes()
    root = ET.fromstring(source)
    left, top, width, _ = (float(n) for n in root.get("viewBox", "").split())
    scale = WIDTH / width
    to_map: Matrix = (scale, 0, 0, scale, -left * scale, -top * scale)
    lowest = 0.0
    shapes = []
    for group in root.iter(f"{SVG}g"):
        classes = (group.get("class") or "").split()
        if "country" not in classes or len(classes[0]) != 2 or classes[0] == "aq":
            continue  # (Antarctica left out: a third of the map for almost no news)
        outlines, dot = _read(group, _multiply(to_map, _transform(group.get("transform"))))
        lowest = max([lowest, *(y for ring in outlines for _, y in ring)])
        outline = _outline(outlines)
        if not outline and dot is None and outlines:  # too small to draw, and no marker
            xs = [x for ring in outlines for x, _ in ring]
            ys = [y for ring in outlines for _, y in ring]
            dot = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        shapes.append(Shape(classes[0].upper(), outline, dot))
    return tuple(shapes), f"0 0 {WIDTH} {math.ceil(lowest) + 2}"


def shade(count: int, highest: int) -> int:
    """A count's class from 1 to SHADES, on a logarithmic scale up to the highest count."""
    if count <= 0 or highest <= 0:
        return 0
    if highest == 1:
        return SHADES
    return 1 + min(SHADES - 1, int((SHADES - 1) * math.log(count) / math.log(highest) + 0.5))


def draw(
    counts: dict[str, int],
    links: dict[str, str],
    names: dict[str, str],
    label: str,
    marked: str = "",
    unit: str = "article",
) -> SafeString:
    """The world with each country in `counts` shaded by its count and linked to
    `links[code]`; `marked` (a code) drawn apart. Codes are ISO alpha-2, upper case."""
    shapes, view_box = world()
    highest = max(counts.values(), default=0)
    drawn = []
    for shape in shapes:  # plain strings and html.escape: 250 format_html calls cost 20 ms
        count = counts.get(shape.code, 0)
        css = "marked" if shape.code == marked else f"shade-{shade(count, highest)}"
        name = names.get(shape.code)
        if count:
            tip = f"{name or shape.code}: {count:,} {unit}{'' if count == 1 else 's'}"
        else:
            tip = name or ""  # a country with nothing to show goes untitled: fewer bytes
        figure = f'<path d="{shape.outline}"/>' if shape.outline else ""
        if shape.dot and (count or shape.code == marked or not shape.outline):
            figure += f'<circle cx="{round(shape.dot[0])}" cy="{round(shape.dot[1])}" r="2.5"/>'
        if not figure:
            continue
        tip = escape(tip)
        url = links.get(shape.code) if count else None
        if url:
            drawn.append(
                f'<a href="{escape(url)}" aria-label="{tip}"><title>{tip}</title>'
                f'<g class="{css}">{figure}</g></a>'
            )
        else:
            title = f"<title>{tip}</title>" if tip else ""
            drawn.append(f'<g class="{css}">{title}{figure}</g>')
    return mark_safe(
        f'<svg class="world-map" viewBox="{view_box}" role="group" '
        f'aria-label="{escape(label)}">{"".join(drawn)}</svg>'
    )
