"""What an article needs before readers may see it; depends on its kind."""

from django.utils.translation import gettext as _

from portal.image_sizes import ARTICLE_FEATURED
from portal.models import PortalImage

# A featured image smaller than this looks blurred in the lead story and the listings.
FEATURED_IMAGE_MIN_SIZE = (ARTICLE_FEATURED.min_width, ARTICLE_FEATURED.min_height)


def _image_missing(article):
    if not article.featured_image_id:
        return True
    # A revision may still point at a picture that has since been deleted.
    return not PortalImage.objects.filter(pk=article.featured_image_id).exists()


def article_publish_problems(article):
    """(field, message) for everything that stops ``article`` from being published.

    Own news and articles need a sapo and a featured image. An item linking to an outside
    outlet ("tin liên kết") needs the outlet and the original address, and may copy the
    outlet's text and pictures only where the outlet permits it.
    """
    problems = []
    kind = article.kind
    if kind is None:
        problems.append(("kind", _("Choose the kind of item (tin, bài...).")))
    if not (article.sapo or "").strip():
        problems.append(("sapo", _("Write the sapo: readers see it first, in listings too.")))
    if kind is None:
        return problems

    if kind.links_to_outlet:
        outlet = article.outlet
        if outlet is None:
            problems.append(("outlet", _("Choose the outlet this item links to.")))
        if not article.original_url:
            problems.append(("original_url", _("Give the address of the original article.")))
        if outlet is not None and not outlet.full_text_allowed:
            if article.body and len(article.body):
                problems.append(
                    (
                        "body",
                        _(
                            "%(outlet)s does not permit re-posting its articles: leave the "
                            "body empty and link to the original."
                        )
                        % {"outlet": outlet.name},
                    )
                )
            if article.featured_image_id:
                problems.append(
                    (
                        "featured_image",
                        _("%(outlet)s does not permit re-posting its pictures.")
                        % {"outlet": outlet.name},
                    )
                )
    elif _image_missing(article):
        problems.append(
            ("featured_image", _("Choose a featured image: own news and articles need one."))
        )
    return problems
