"""A kind of figure of its own for a trade surplus, deficit or balance, which is no trade
turnover. A choice only: no row changes (re-extraction types such figures anew)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0015_spelled_slugs'),
    ]

    operations = [
        migrations.AlterField(
            model_name='figure',
            name='kind',
            field=models.CharField(choices=[('trade_turnover', 'Trade turnover'), ('exports', 'Exports'), ('imports', 'Imports'), ('trade_balance', 'Trade balance'), ('investment', 'Investment'), ('aid', 'Aid or loans'), ('freight', 'Freight volume'), ('growth', 'Growth'), ('other', 'Other amount')], max_length=20),
        ),
    ]
