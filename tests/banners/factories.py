"""Banners for the tests."""

import factory

from tests.portal.factories import sized_image


class BannerFactory(factory.django.DjangoModelFactory):
    """A complete, publishable banner in the right column, leading to an outside address."""

    class Meta:
        model = "banners.Banner"

    title = factory.Sequence(lambda n: f"Banner số {n}")
    slot = "right_column"
    image = factory.LazyFunction(lambda: sized_image(320, 260, description="Biểu trưng cuộc thi"))
    target_url = "https://thanhhoa.example.vn/cuoc-thi"
    live = False
