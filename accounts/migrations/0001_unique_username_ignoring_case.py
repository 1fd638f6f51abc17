"""One account per username in any mix of capitals, guaranteed by the database: a unique index
on lower(username), built by Django's schema editor (SQLite and PostgreSQL alike).

The index lives on the user table of django.contrib.auth, so it is added here with the schema
editor rather than declared on a model of this app.
"""

from django.db import migrations
from django.db.models import Count, UniqueConstraint
from django.db.models.functions import Lower

INDEX_NAME = "accounts_username_lower_uniq"


def _constraint():
    return UniqueConstraint(Lower("username"), name=INDEX_NAME)


def add_index(apps, schema_editor):
    User = apps.get_model("auth", "User")
    clashes = list(
        User._default_manager.using(schema_editor.connection.alias)
        .values(folded=Lower("username"))
        .annotate(accounts=Count("pk"))
        .filter(accounts__gt=1)
        .values_list("folded", flat=True)
    )
    if clashes:
        raise RuntimeError(
            "These usernames belong to more than one account when capitals are ignored; "
            f"rename all but one of each and migrate again: {', '.join(sorted(clashes))}"
        )
    schema_editor.add_constraint(User, _constraint())


def remove_index(apps, schema_editor):
    schema_editor.remove_constraint(apps.get_model("auth", "User"), _constraint())


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(add_index, remove_index)]
