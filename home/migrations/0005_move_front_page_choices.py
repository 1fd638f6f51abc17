"""The lead and featured stories chosen on the home page move to their own rows.

The choice was a field and an inline of the home page; it becomes HomeSelection rows (lead
story at position 0, featured stories after it in their order), with no expiry.
"""

from django.db import migrations

FEATURED_COUNT = 4  # as when the choice was made on the page


def move_choices(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    HomeFeaturedArticle = apps.get_model("home", "HomeFeaturedArticle")
    HomeSelection = apps.get_model("home", "HomeSelection")
    for home in HomePage.objects.all():
        articles = [home.lead_article_id] if home.lead_article_id else []
        featured = HomeFeaturedArticle.objects.filter(page=home).order_by("sort_order", "pk")
        articles += [item.article_id for item in featured if item.article_id not in articles]
        # Without a lead story the featured ones follow the newest article, as before.
        first = 0 if home.lead_article_id else 1
        for position, article_id in enumerate(articles[: FEATURED_COUNT + 1 - first], first):
            HomeSelection.objects.update_or_create(
                home=home, position=position, defaults={"article_id": article_id}
            )


def move_back(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    HomeFeaturedArticle = apps.get_model("home", "HomeFeaturedArticle")
    HomeSelection = apps.get_model("home", "HomeSelection")
    for home in HomePage.objects.all():
        chosen = HomeSelection.objects.filter(home=home).order_by("position")
        lead = chosen.filter(position=0).first()
        home.lead_article_id = lead.article_id if lead else None
        home.save(update_fields=["lead_article"])
        HomeFeaturedArticle.objects.filter(page=home).delete()
        for order, selection in enumerate(chosen.exclude(position=0)):
            HomeFeaturedArticle.objects.create(
                page=home, article_id=selection.article_id, sort_order=order
            )


class Migration(migrations.Migration):
    dependencies = [("home", "0004_featured_stories")]

    operations = [migrations.RunPython(move_choices, move_back)]
