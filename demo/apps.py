from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: its content as data files, their loaders and the demo commands.

    Installed by the development and test settings only; a production site never has it.
    """

    name = "demo"
    label = "demo"
    verbose_name = "Demo"
