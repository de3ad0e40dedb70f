"""Template helpers for URLs that keep the search's other parameters."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def toggle_url(context, name, value):
    """The current query with `name=value` added, or removed if present; back to page 1."""
    params = context["request"].GET.copy()
    values = params.getlist(name)
    value = str(value)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    params.pop("page", None)
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def remove_url(context, name, value=None):
    """The current query without `name=value` (without `name` at all when the value is not
    given or not there: a date chip read from a swapped range); back to page 1."""
    params = context["request"].GET.copy()
    values = params.getlist(name)
    kept = [v for v in values if v != str(value)] if value in values else []
    params.setlist(name, kept)
    params.pop("page", None)
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def replace_url(context, **changes):
    """The current query with single parameters replaced (None removes one)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        if value is None or value == "":
            params.pop(name, None)
        else:
            params[name] = value
    if "page" not in changes:
        params.pop("page", None)
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    params = context["request"].GET.copy()
    params["page"] = number
    return "?" + params.urlencode()


@register.simple_tag
def calendar_rows(calendar, year=None, month=None, carried=""):
    """The calendar's body (see views.calendar): a row a year, a linked count a month.
    Written in Python: twenty years are 240 cells, and a template's {% url %} per cell
    cost more than the rest of the page."""
    from html import escape

    from archive import addresses

    query = escape(carried)
    rows = []
    for y, cells, total in calendar:
        current = ' aria-current="page"' if y == year and not month else ""
        parts = [f'<th scope="row"><a href="{addresses.year(y)}{query}"{current}>{y}</a></th>']
        for first, n in cells:
            if not n:
                parts.append('<td><span class="none">·</span></td>')
                continue
            here = ' aria-current="page"' if month == first else ""
            label = f"{first:%B %Y}: {n:,} article{'' if n == 1 else 's'}"
            url = addresses.month(first.year, first.month) + query
            parts.append(f'<td><a href="{url}" aria-label="{label}"{here}>{n:,}</a></td>')
        parts.append(f'<td class="total">{total:,}</td>')
        marked = ' class="current"' if y == year else ""
        rows.append(f"<tr{marked}>{''.join(parts)}</tr>")
    return mark_safe("".join(rows))


def _amount(value) -> str:
    """12 -> "12", 12.5 -> "12.50", 1500000 -> "1,500,000" (floatformat:"-2g")."""
    text = f"{value:,.2f}"
    return text[:-3] if text.endswith(".00") else text


@register.filter
def amount(figure) -> str:
    """A figure's amount as a reader reads it: "more than 1,500,000 USD", "12.50–14 %"."""
    text = _amount(figure.value)
    if figure.range_to is not None:
        text += f"–{_amount(figure.range_to)}"
    if figure.qualifier != "exact":
        text = f"{figure.get_qualifier_display().lower()} {text}"
    return f"{text} {figure.unit}"


@register.simple_tag
def article_item(article):
    """An article in a list (headline, lead, date, source, countries), written in Python:
    the same markup an include per article wrote, at a tenth of its cost (twenty on an
    entity's page, fifty on a listing)."""
    from django.template.defaultfilters import date, truncatechars

    url, headline = article.get_absolute_url(), article.headline
    lead = ""
    if article.lead and article.lead != headline:
        lead = f'<p class="lead-line">{escape(truncatechars(article.lead, 180))}</p>'
    source = ""
    if article.source:
        source = (
            f' · <a href="{escape(article.source.get_absolute_url())}">'
            f"{escape(article.source.name)}</a>"
        )
    tags = "".join(
        f'<a class="tag" href="{escape(c.get_absolute_url())}">{escape(c.name)}</a>'
        for c in article.countries.all()
    )
    return mark_safe(
        f'<li class="article-item">\n  <h3><a href="{escape(url)}">{escape(headline)}</a></h3>\n'
        f"  {lead}\n"
        f'  <p class="meta"><time datetime="{date(article.published, "Y-m-d")}">'
        f"{date(article.published, 'j F Y')}</time>{source}\n"
        f"  {tags}</p>\n</li>\n"
    )


@register.filter
def trip_row(trip, mode):
    """A trip's table row (archive.travels.Trip.row), written in Python: a page may list
    hundreds and an include per row cost a millisecond each."""
    return trip.row(mode)


@register.inclusion_tag("includes/world_map.html")
def world_map(countries, label, caption, marked=None):
    """A world map of `countries` (each with its count as `n`), shaded by it and linked to
    the country's page, or to its pair with `marked` when one is given; with the same
    figures as a table (its rows written here, as the map is: two hundred countries)."""
    from html import escape

    from archive import addresses, maps

    countries = sorted(countries, key=lambda c: (-c.n, c.name))
    if marked:
        links = {c.iso2: addresses.pair(marked.iso2, c.iso2) for c in countries}
        names = {c.iso2: f"{marked.name} – {c.name}" for c in countries}
    else:
        links = {c.iso2: addresses.country(c.iso2) for c in countries}
        names = {c.iso2: c.name for c in countries}
    svg = maps.draw(
        {c.iso2: c.n for c in countries},
        links,
        {c.iso2: c.name for c in countries} | ({marked.iso2: marked.name} if marked else {}),
        label,
        marked=marked.iso2 if marked else "",
    )
    rows = "".join(
        f'<tr><td><a href="{links[c.iso2]}">{escape(names[c.iso2])}</a></td><td>{c.n:,}</td></tr>'
        for c in countries
    )
    return {"svg": svg, "rows": mark_safe(rows), "caption": caption, "marked": marked}


@register.simple_tag
def page_window(current: int, last: int, around: int = 2) -> list[int | None]:
    """The page numbers to offer: the first, the last and those near the current one, with
    None where numbers are left out: 1 … 7 8 [9] 10 11 … 40."""
    shown = {1, last} | set(range(max(1, current - around), min(last, current + around) + 1))
    window: list[int | None] = []
    for number in sorted(shown):
        if window and number - (window[-1] or 0) > 1:
            window.append(None)
        window.append(number)
    return window


@register.simple_tag(takes_context=True)
def query_without_page(context) -> str:
    """The current filters, as a query string to carry to another listing (no page)."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    return ("?" + params.urlencode()) if params else ""


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def _ticks(keys: list[str], width: float) -> list[tuple[float, float, str]]:
    """The axis: (x in the chart, x as % of its width, label). Months when the span is two
    years or less (every one, or every third), else years (every one, or every 2nd, 5th or
    10th so that about a dozen show)."""
    ticks = []
    if len(keys) <= 24:
        step = 1 if len(keys) <= 12 else 3
        for i, key in enumerate(keys):
            year, month = key.split("-")
            if (int(month) - 1) % step == 0 or i == 0:
                label = MONTHS[int(month) - 1] + (f" {year}" if i == 0 or month == "01" else "")
                ticks.append((i, label))
    else:
        years = sorted({key[:4] for key in keys})
        step = next(s for s in (1, 2, 5, 10, 20, 50) if len(years) / s <= 12)
        for i, key in enumerate(keys):
            if (key.endswith("-01") and int(key[:4]) % step == 0) or (i == 0 and step == 1):
                ticks.append((i, key[:4]))
    # Where a label stands, in whole percent of the chart's width: a class (.at-0 … .at-100
    # in site.css), as the Content-Security-Policy allows no inline style.
    return [(round(i * width, 2), round(i * width / 6), label) for i, label in ticks]


@register.inclusion_tag("includes/timeline.html")
def timeline(months, label):
    """Articles per month as an inline SVG bar chart, with the figures as a table too."""
    if not months:
        return {"bars": [], "label": label}
    counts = {m.strftime("%Y-%m"): n for m, n in months}
    first, last = months[0][0], months[-1][0]
    series = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        key = f"{year:04d}-{month:02d}"
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    peak = max(n for _, n in series) or 1
    width = min(600 / len(series), 30)  # a short series keeps slim bars
    # Built here, not in a template loop (a 20-year series has 240 bars), with plain
    # formatting: every value is a number or a month name of ours, nothing to escape
    bar_width = round(max(width - 1, 0.5), 2)
    bars = mark_safe(
        "".join(
            f'<rect x="{round(i * width, 2)}" y="{round(100 - n / peak * 100, 2)}" '
            f'width="{bar_width}" height="{round(n / peak * 100, 2)}">'
            f"<title>{_month_name(key)}: {n} article{'' if n == 1 else 's'}</title></rect>"
            for i, (key, n) in enumerate(series)
            if n
        )
    )
    ticks = _ticks([key for key, _ in series], width)
    return {
        "bars": bars,
        "ticks": ticks,
        "tick_marks": mark_safe(
            "".join(
                f'<line class="tick" x1="{x}" y1="100" x2="{x}" y2="104"></line>'
                for x, _, _ in ticks
            )
        ),
        "label": label,
        "peak": peak,
        "first": series[0][0],
        "last": series[-1][0],
        "total": sum(n for _, n in series),
        "rows": mark_safe(
            "".join(f"<tr><td>{key}</td><td>{n}</td></tr>" for key, n in series if n)
        ),
    }


@register.simple_tag
def linked_body(article):
    """The body as paragraphs (anchored #p1, #p2 … for evidence links), each name the
    extraction read linked to its page (people and countries) or its search (places):
    exactly the spans it stored, in any case form or script, and none of its false friends
    ("Michael Jordan" is not Jordan). A mention an editor removed is no longer linked.
    Articles stored before spans were kept (until `manage.py reextract`) link by name.
    Escaped throughout."""
    targets = _entity_urls(article)
    spans = [
        (start, end, targets[(kind, pk)])
        for start, end, kind, pk in article.mention_spans or ()
        if (kind, pk) in targets
    ]
    if not article.mention_spans:
        spans = _spans_by_name(article.body, targets)
    # A title that names its holder ("Президент Казахстана") holds a name of its own: the
    # name is linked, the title around it is not.
    spans = [
        (s, e, url)
        for s, e, url in spans
        if not any(s <= s2 and e2 <= e and (s2, e2) != (s, e) for s2, e2, _ in spans)
    ]
    paragraphs, offset = [], 0
    for number, paragraph in enumerate(article.body.split("\n\n"), start=1):
        end_of_paragraph = offset + len(paragraph)
        parts, position = [], offset
        for start, end, url in spans:
            if start < position or end > end_of_paragraph:
                continue
            parts.append(escape(article.body[position:start]))
            parts.append(
                format_html('<a class="entity" href="{}">{}</a>', url, article.body[start:end])
            )
            position = end
        parts.append(escape(article.body[position:end_of_paragraph]))
        paragraphs.append(mark_safe(f'<p id="p{number}">' + "".join(parts) + "</p>"))
        offset = end_of_paragraph + 2
    return mark_safe("\n".join(paragraphs))


def _entity_urls(article) -> dict[tuple[str, int], str]:
    from django.urls import reverse

    urls = {("country", c.pk): c.get_absolute_url() for c in article.countries.all()}
    urls |= {("person", p.pk): p.get_absolute_url() for p in article.people.all()}
    search = reverse("archive:search")
    urls |= {("place", p.pk): f"{search}?place={p.slug}" for p in article.places.all()}
    return urls


def _spans_by_name(body: str, targets: dict[tuple[str, int], str]) -> list[tuple[int, int, str]]:
    """For an article without stored spans: every name or alias of its entities."""
    from archive.models import Country, Person, Place

    by_name: dict[str, str] = {}
    for model, kind in ((Country, "country"), (Person, "person"), (Place, "place")):
        wanted = [pk for k, pk in targets if k == kind]
        for entity in model.objects.filter(pk__in=wanted).prefetch_related("aliases"):
            for name in [entity.name, *(a.name for a in entity.aliases.all())]:
                by_name.setdefault(name, targets[(kind, entity.pk)])
    names = sorted((n for n in by_name if len(n) > 1), key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return [(m.start(), m.end(), by_name[m.group(1)]) for m in pattern.finditer(body)]


@register.filter
def pair_url(first, second):
    return first.pair_url(second)


@register.simple_tag
def event_when(event, style="j M Y"):
    """An event's date as a <time>, to the week or month where only that is known."""
    return format_html('<time datetime="{}">{}</time>', event.date_iso, event.date_text(style))


@register.inclusion_tag("includes/planned_events.html")
def planned_events(events):
    """Events announced and not yet held when reported, apart from those that were."""
    return {"events": events}


_BIBTEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


@register.filter
def bibtex(value) -> str:
    """A field value as BibTeX reads it, in its braces: TeX's special characters escaped,
    on one line, not padded."""
    text = " ".join(str(value).split())
    return "{" + "".join(_BIBTEX.get(ch, ch) for ch in text) + "}"


@register.filter
def braced(value) -> str:
    """A verbatim BibTeX value (a URL, a date) in its braces, unescaped."""
    return "{" + str(value).replace("{", "%7B").replace("}", "%7D") + "}"


@register.filter
def one_line(value) -> str:
    """A RIS value: RIS is one field per line, so a line break would start a forged field."""
    return " ".join(str(value).split())
