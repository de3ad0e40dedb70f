"""An office remembers the gazetteer file's row it was loaded from, so that a corrected
file can update the offices nobody has edited since (load_gazetteer). Existing offices
start empty: the next load adopts those that match a row and that no editor touched."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0016_trade_balance'),
    ]

    operations = [
        migrations.AddField(
            model_name='office',
            name='loaded',
            field=models.TextField(blank=True, editable=False, help_text="The gazetteer file's row as loaded; empty for an office added by hand or noted from a text. While the office still reads so, a corrected file updates it; once an editor changes it, the files leave it alone."),
        ),
    ]
