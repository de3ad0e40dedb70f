"""An index for the figures of a country (or of a pair, joined twice): the country first,
then the figure, so that the join reads the index alone. Figure.countries' table is made
by Django, so the index is created in SQL (the same statement on SQLite and PostgreSQL)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("archive", "0004_event_match_index")]

    operations = [
        migrations.RunSQL(
            'CREATE INDEX IF NOT EXISTS "country_figures" '
            'ON "archive_figure_countries" ("country_id", "figure_id")',
            reverse_sql='DROP INDEX IF EXISTS "country_figures"',
        )
    ]
