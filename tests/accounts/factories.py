"""People for the tests: accounts, optionally in the editorial roles' groups."""

import factory
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    first_name = "Người"
    last_name = factory.Sequence(lambda n: f"Dùng {n}")
    password = factory.django.Password("matkhau-thu")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """UserFactory(roles=[portal.roles.EDITOR]) puts the user in those groups."""
        if create and extracted:
            self.groups.add(*(Group.objects.get(name=role.group_name) for role in extracted))
