"""Put every change that alters an article's search document into the index outbox.

The handlers only insert queue rows, inside the transaction of the edit itself; they never
touch the index. Covered: articles saved or deleted; their countries, people and places
changed through the admin's inlines (saved after the article) or m2m relations; events
changed; and gazetteer edits (a new alias, a renamed country) whose names appear in the
documents of the articles that mention them.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from archive.cache import bump
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    CountryAlias,
    Event,
    FormerSlug,
    IndexQueue,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    SiteVersion,
)
from archive.search.queue import enqueue as _enqueue
from archive.search.queue import signals_active


def enqueue(ids):
    if signals_active():
        _enqueue(ids)


def _article_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        enqueue([instance.pk])


def _mention_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        enqueue([instance.article_id])


def _articles_of(owner_field: str):
    def handler(sender, instance, raw=False, **kwargs):
        if raw:
            return
        owner = getattr(instance, owner_field) if owner_field else instance
        if owner is not None and owner.pk:
            enqueue(owner.articles.values_list("pk", flat=True))

    return handler


def _event_articles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear", "pre_clear"}:
        return
    if isinstance(instance, Article):
        enqueue([instance.pk])
    elif action == "pre_clear":
        enqueue(instance.articles.values_list("pk", flat=True))
    else:
        enqueue(pk_set or ())


def _event_changed(sender, instance, **kwargs):
    enqueue(instance.articles.values_list("pk", flat=True))


def _event_deleting(sender, instance, **kwargs):
    enqueue(instance.articles.values_list("pk", flat=True))


_owner_handlers = {
    Country: _articles_of(""),
    Person: _articles_of(""),
    Place: _articles_of(""),
    CountryAlias: _articles_of("country"),
    PersonAlias: _articles_of("person"),
    PlaceAlias: _articles_of("place"),
}


def _slug_renamed(sender, instance, raw=False, **kwargs):
    """A person's or a place's slug edited in the admin: the old address leads on."""
    if raw or not instance.pk:
        return
    old = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if old and old != instance.slug:
        FormerSlug.record(old, instance)


def connect():
    post_save.connect(_article_changed, sender=Article, dispatch_uid="idx-article-save")
    post_delete.connect(_article_changed, sender=Article, dispatch_uid="idx-article-del")
    for model in (ArticleCountry, ArticlePerson, ArticlePlace):
        post_save.connect(_mention_changed, sender=model, dispatch_uid=f"idx-{model.__name__}-s")
        post_delete.connect(_mention_changed, sender=model, dispatch_uid=f"idx-{model.__name__}-d")
    for model, handler in _owner_handlers.items():
        post_save.connect(handler, sender=model, dispatch_uid=f"idx-{model.__name__}-save")
    for model in (CountryAlias, PersonAlias, PlaceAlias):
        post_delete.connect(
            _owner_handlers[model], sender=model, dispatch_uid=f"idx-{model.__name__}-del"
        )
    m2m_changed.connect(
        _event_articles_changed, sender=Event.articles.through, dispatch_uid="idx-event-articles"
    )
    post_save.connect(_event_changed, sender=Event, dispatch_uid="idx-event-save")
    for model in (Person, Place):
        pre_save.connect(_slug_renamed, sender=model, dispatch_uid=f"slug-{model.__name__}")
    pre_delete.connect(_event_deleting, sender=Event, dispatch_uid="idx-event-del")


# What a name means to search: after a change to one of these, every process re-reads them.
NAME_MODELS = (Country, CountryAlias, Person, PersonAlias, Place, PlaceAlias)


def _archive_changed(sender, raw=False, **kwargs):
    """Any change to the archive's records retires the cached pages (archive/cache.py)."""
    if raw or sender._meta.app_label != "archive" or sender in (IndexQueue, SiteVersion):
        return
    if signals_active():  # the ingest writer bumps once per batch itself
        bump(names=sender in NAME_MODELS)


for _signal in (post_save, post_delete, m2m_changed):
    _signal.connect(_archive_changed, dispatch_uid=f"archive-version-{_signal!r}")
