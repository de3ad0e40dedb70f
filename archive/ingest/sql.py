"""Plain INSERTs for the writer's hot path, where building a model instance per row for
bulk_create cost more than the database did. No signals, as with bulk_create."""

from __future__ import annotations

from django.db import DatabaseError, connection


def insert_rows(model, fields: list[str], rows: list[tuple]) -> None:
    """INSERT plain rows into `model`'s table with one executemany."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})", rows
        )


def insert_returning(model, fields: list[str], rows: list[tuple]) -> list[int]:
    """INSERT plain rows and return their new ids, in order: bulk_create's own SQL
    (multi-row VALUES … RETURNING id, as Django writes it for SQLite and PostgreSQL)
    without building a model instance per row. Dates and decimals are adapted as the
    fields would; every other value must already be what the column stores."""
    if not rows:
        return []
    if not connection.features.can_return_rows_from_bulk_insert:
        created = model.objects.bulk_create(
            model(**dict(zip(fields, r, strict=True))) for r in rows
        )
        return [obj.pk for obj in created]
    opts = model._meta
    quote = connection.ops.quote_name
    columns = [opts.get_field(name) for name in fields]
    adapt = [
        (lambda v, f=f: f.get_db_prep_save(v, connection))
        if f.get_internal_type() in {"DateField", "DecimalField"}
        else None
        for f in columns
    ]
    names = ", ".join(quote(f.column) for f in columns)
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    size = max(1, connection.ops.bulk_batch_size(columns, rows))
    ids: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            params = [
                value if fn is None or value is None else fn(value)
                for row in chunk
                for fn, value in zip(adapt, row, strict=True)
            ]
            cursor.execute(
                f"INSERT INTO {quote(opts.db_table)} ({names}) VALUES "
                f"{', '.join([one] * len(chunk))} RETURNING {quote(opts.pk.column)}",
                params,
            )
            ids.extend(row[0] for row in cursor.fetchall())
    if len(ids) != len(rows):
        raise DatabaseError(f"{opts.db_table}: {len(rows)} rows inserted, {len(ids)} ids back")
    return ids
