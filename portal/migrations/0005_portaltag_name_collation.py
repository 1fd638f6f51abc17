from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("portal", "0004_vietnamese_collation")]

    operations = [
        migrations.AlterField(
            model_name="portaltag",
            name="name",
            field=models.CharField(
                db_collation="vi", max_length=100, unique=True, verbose_name="name"
            ),
        ),
    ]
