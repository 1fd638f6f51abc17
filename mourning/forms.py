"""The mourning mode settings form."""

from wagtail.admin.forms import WagtailAdminModelForm

# What the admin's date picker writes (WAGTAIL_DATETIME_FORMAT), whatever the admin language:
# an English interface would otherwise read 05/06 as 6 May.
DAY_FIRST = ["%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y"]


class MourningModeForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at"):
            if name in self.fields:
                self.fields[name].input_formats = DAY_FIRST
