"""Template helpers for URLs that keep the search's other parameters."""

import re

from django import template
from django.utils.html import escape, format_html, format_html_join
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
    # Built here, not in a template loop: a 20-year series has 240 bars.
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
        (
            (
                round(i * width, 2),
                round(100 - n / peak * 100, 2),
                round(max(width - 1, 0.5), 2),
                round(n / peak * 100, 2),
                key,
                n,
            )
            for i, (key, n) in enumerate(series)
            if n
        ),
    )
    return {
        "bars": bars,
        "label": label,
        "peak": peak,
        "first": series[0][0],
        "last": series[-1][0],
        "total": sum(n for _, n in series),
        "rows": [(key, n) for key, n in series if n],
    }


@register.simple_tag
def linked_body(article):
    """The body as paragraphs (anchored #p1, #p2 … for evidence links), each mention of the
    article's countries, people and places linked to its page (people and countries) or its
    search (places). Escaped throughout."""
    from django.urls import reverse

    targets = {}
    for country in article.countries.all():
        for name in [country.name, *(a.name for a in country.aliases.all())]:
            targets.setdefault(name, country.get_absolute_url())
    for person in article.people.all():
        for name in [person.name, *(a.name for a in person.aliases.all())]:
            targets.setdefault(name, person.get_absolute_url())
    for place in article.places.all():
        url = reverse("archive:search") + f"?place={place.slug}"
        for name in [place.name, *(a.name for a in place.aliases.all())]:
            targets.setdefault(name, url)
    names = sorted((n for n in targets if len(n) > 1), key=len, reverse=True)
    pattern = (
        re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
    )
    paragraphs = []
    for number, paragraph in enumerate(article.body.split("\n\n"), start=1):
        if pattern is None:
            paragraphs.append(format_html('<p id="p{}">{}</p>', number, paragraph))
            continue
        parts, position = [], 0
        for match in pattern.finditer(paragraph):
            parts.append(escape(paragraph[position : match.start()]))
            parts.append(
                format_html(
                    '<a class="entity" href="{}">{}</a>', targets[match.group(1)], match.group(1)
                )
            )
            position = match.end()
        parts.append(escape(paragraph[position:]))
        paragraphs.append(mark_safe(f'<p id="p{number}">' + "".join(parts) + "</p>"))
    return mark_safe("\n".join(paragraphs))


@register.filter
def pair_url(first, second):
    return first.pair_url(second)


@register.simple_tag
def event_when(event, style="j M Y"):
    """An event's date as a <time>, to the month where only the month is known."""
    from django.utils.dateformat import format as date_format

    month_only = event.date_precision == "month"
    text = date_format(event.date, "F Y" if month_only else style)
    iso = event.date.strftime("%Y-%m" if month_only else "%Y-%m-%d")
    return format_html('<time datetime="{}">{}</time>', iso, text)


@register.inclusion_tag("includes/planned_events.html")
def planned_events(events):
    """Events announced and not yet held when reported, apart from those that were."""
    return {"events": events}
