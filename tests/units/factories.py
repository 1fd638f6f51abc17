"""Member units for the tests."""

import factory


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "units.Unit"
        django_get_or_create = ("short_code",)

    name = factory.Sequence(lambda n: f"Chi bộ số {n}")
    short_code = factory.Sequence(lambda n: f"CB-{n}")
    kind = "cell"
