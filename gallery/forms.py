"""The editing form of albums and video pages."""

from portal.admin_forms import PortalPageForm
from portal.publishing import PublishRulesFormMixin


class GalleryItemPageForm(PublishRulesFormMixin, PortalPageForm):
    """Shows what stops publishing next to the fields, except when saving a draft."""

    def _post_clean(self):
        # The photos as typed in the form, in their order: the rules (an album needs a
        # photo, the first one is the cover by default) look at these, not the saved ones.
        photos = self.formsets.get("photos")
        if photos is not None and photos.is_valid():
            self.instance.photos = [
                form.instance for form in photos.ordered_forms if form.instance.image_id
            ]
        super()._post_clean()
