"""The curators' desk: every record editable, people and places mergeable, extraction
re-runnable."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch
from django.shortcuts import render
from django.utils.html import format_html

from archive.ingest.curation import merge_people, merge_places, reextract
from archive.ingest.gazetteer_store import build_gazetteer
from archive.ingest.writer import EDITABLE_FIELDS
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    CountryAlias,
    Event,
    EventCountry,
    EventPerson,
    Figure,
    IndexQueue,
    Office,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    Source,
)

admin.site.site_header = "Newsroom archive"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Curate the archive"


class ArchiveMedia:
    """The admin's own style sheet for the archive's forms (static/css/admin.css)."""

    css = {"all": ["css/admin.css"]}


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=None, label="Keep", widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = queryset


def merge_action(merge, noun):
    """An admin action: choose which selected record to keep, fold the others into it."""

    @admin.action(description=f"Merge selected {noun} into one")
    def action(modeladmin, request, queryset):
        if queryset.count() < 2:
            modeladmin.message_user(
                request, f"Select at least two {noun} to merge.", messages.WARNING
            )
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset)
        if form.is_valid():
            target = form.cleaned_data["target"]
            merged = merge(target, queryset.exclude(pk=target.pk))
            modeladmin.message_user(request, f"Merged {merged} into {target}.", messages.SUCCESS)
            return None
        candidates = queryset.annotate(n_articles=Count("articles", distinct=True))
        if noun == "people":
            candidates = candidates.prefetch_related(
                Prefetch("offices", Office.objects.select_related("country"), to_attr="office_list")
            )
        return render(
            request,
            "admin/archive/merge.html",
            {
                **modeladmin.admin_site.each_context(request),
                "form": form,
                "noun": noun,
                "queryset": queryset,
                "candidates": candidates,
                "opts": modeladmin.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    action.__name__ = f"merge_{noun}"
    return action


@admin.action(description="Re-extract the articles that name the selected records")
def reextract_naming(modeladmin, request, queryset):
    """After adding an alias: the articles containing any name of the selected records are
    extracted again, so mentions (and search) pick the alias up."""
    names = set()
    for record in queryset.prefetch_related("aliases"):
        names.add(record.name)
        names |= {alias.name for alias in record.aliases.all()}
    articles = Article.objects.containing_any(names).distinct()
    done = reextract(articles.iterator(chunk_size=200), build_gazetteer())
    modeladmin.message_user(
        request, f"Re-extracted {done} article(s) naming them.", messages.SUCCESS
    )


# --- Gazetteer ----------------------------------------------------------------------------


class CountryAliasInline(admin.TabularInline):
    model = CountryAlias
    extra = 1


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso2", "iso3", "official_name", "un_member", "article_count"]
    list_filter = ["un_member"]
    search_fields = ["name", "official_name", "iso2", "iso3", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CountryAliasInline]
    actions = [reextract_naming]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("mentions"))

    @admin.display(description="articles", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 1
    autocomplete_fields = ["country"]
    fields = ["role", "title", "country", "organisation", "start", "end", "note"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    Media = ArchiveMedia
    list_display = ["name", "current_offices", "needs_review", "article_count"]
    list_filter = [
        "needs_review",
        "offices__role",
        ("offices__country", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "aliases__name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OfficeInline, PersonAliasInline]
    actions = [merge_action(merge_people, "people"), reextract_naming]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(n_articles=Count("mentions", distinct=True))
            .prefetch_related("offices__country")
        )

    @admin.display(description="offices")
    def current_offices(self, obj):
        return "; ".join(f"{o} ({o.start or '?'}–{o.end or ''})" for o in obj.offices.all())

    @admin.display(description="articles", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["person", "role", "title", "country", "organisation", "start", "end"]
    list_filter = ["role"]
    search_fields = ["person__name", "title", "country__name", "organisation"]
    autocomplete_fields = ["person", "country"]
    date_hierarchy = "start"
    list_select_related = ["person", "country"]


class PlaceAliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 1


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name", "country__name"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["country"]
    inlines = [PlaceAliasInline]
    actions = [merge_action(merge_places, "places"), reextract_naming]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


# --- Articles -----------------------------------------------------------------------------


class MentionInline(admin.TabularInline):
    extra = 0
    fields = ["count", "first_offset"]


class ArticleCountryInline(MentionInline):
    model = ArticleCountry
    autocomplete_fields = ["country"]
    fields = ["country", *MentionInline.fields]


class ArticlePersonInline(MentionInline):
    model = ArticlePerson
    autocomplete_fields = ["person"]
    fields = ["person", *MentionInline.fields]


class ArticlePlaceInline(MentionInline):
    model = ArticlePlace
    autocomplete_fields = ["place"]
    fields = ["place", *MentionInline.fields]


class FigureInline(admin.TabularInline):
    model = Figure
    extra = 0
    fields = ["kind", "value", "range_to", "unit", "qualifier", "is_target", "period", "sentence"]
    autocomplete_fields = []
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}


@admin.action(description="Re-run extraction on selected articles")
def reextract_action(modeladmin, request, queryset):
    done = reextract(queryset, build_gazetteer())
    modeladmin.message_user(request, f"Re-extracted {done} article(s).", messages.SUCCESS)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    Media = ArchiveMedia
    list_display = ["headline", "published", "source", "language", "country_codes"]
    list_filter = ["language", "source", ("countries", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["headline", "body", "source_file"]
    date_hierarchy = "published"
    autocomplete_fields = ["source"]
    readonly_fields = [
        "source_file",
        "sha256",
        "ingested_at",
        "updated_at",
        "edited_fields",
        "view_on_site_link",
    ]
    fieldsets = [
        (None, {"fields": ["headline", "slug", "published", "source", "language", "lead", "body"]}),
        (
            "Provenance",
            {
                "fields": [
                    "source_file",
                    "sha256",
                    "ingested_at",
                    "updated_at",
                    "edited_fields",
                    "view_on_site_link",
                ],
                "classes": ["collapse"],
            },
        ),
    ]
    inlines = [ArticleCountryInline, ArticlePersonInline, ArticlePlaceInline, FigureInline]
    actions = [reextract_action]
    list_select_related = ["source"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("countries")

    @admin.display(description="countries")
    def country_codes(self, obj):
        return " ".join(sorted(c.iso2 for c in obj.countries.all()))

    @admin.display(description="on the site")
    def view_on_site_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())

    def save_model(self, request, obj, form, change):
        """Remember which ingest-derived fields an editor changed: re-ingest keeps them."""
        if change:
            edited = set(obj.edited_fields) | (set(form.changed_data) & set(EDITABLE_FIELDS))
            obj.edited_fields = sorted(edited)
        super().save_model(request, obj, form, change)


class EventPersonInline(admin.TabularInline):
    model = EventPerson
    extra = 1
    autocomplete_fields = ["person"]


class EventCountryInline(admin.TabularInline):
    model = EventCountry
    extra = 1
    autocomplete_fields = ["country"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "type", "subtype", "date", "place"]
    list_filter = ["type", "subtype"]
    search_fields = ["title", "people__name", "countries__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["place", "articles"]
    inlines = [EventPersonInline, EventCountryInline]
    list_select_related = ["place__country"]


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["kind", "value", "unit", "qualifier", "is_target", "article"]
    list_filter = ["kind", "unit", "is_target"]
    search_fields = ["sentence", "article__headline"]
    autocomplete_fields = ["article", "countries"]
    list_select_related = ["article"]


@admin.register(IndexQueue)
class IndexQueueAdmin(admin.ModelAdmin):
    list_display = ["object_id", "created"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
