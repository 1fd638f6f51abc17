"""Menu items: a link (page, document or outside address) with up to two levels below it."""

from functools import cached_property

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.blocks.struct_block import StructBlockAdapter
from wagtail.documents.blocks import DocumentChooserBlock

from portal.validators import validate_web_address

TARGET_FIELDS = ("page", "document", "url")


class MenuLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=pgettext_lazy("menu", "label"),
        required=False,
        help_text=_("Leave empty to use the page's title."),
    )
    page = blocks.PageChooserBlock(label=_("page or section"), required=False)
    document = DocumentChooserBlock(label=_("document"), required=False)
    url = blocks.CharBlock(
        label=_("outside address"), required=False, validators=[validate_web_address]
    )

    class Meta:
        icon = "link"
        form_classname = "menu-link-block"

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in TARGET_FIELDS if value.get(name)]
        if len(chosen) != 1:
            message = (
                _("Choose where this item leads: a page, a document or an outside address.")
                if not chosen
                else _("Choose only one: a page, a document or an outside address.")
            )
            raise StructBlockValidationError(block_errors={"page": ErrorList([message])})
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ErrorList([_("An outside address needs a label.")])}
            )
        return value


class MenuLinkBlockAdapter(StructBlockAdapter):
    """In the admin, a collapsed item's header reads "label → page “title”" (or file, or
    address: ``menu-link-block.js``), so a long menu can be scanned and reordered folded."""

    js_constructor = "navigation.blocks.MenuLinkBlock"

    def js_args(self, block):
        name, children, meta = super().js_args(block)
        meta["targetKinds"] = {
            "page": pgettext_lazy("menu target", "page"),
            "document": pgettext_lazy("menu target", "file"),
            "url": pgettext_lazy("menu target", "address"),
        }
        return [name, children, meta]

    @cached_property
    def media(self):
        return forms.Media(js=[*super().media._js, "navigation/js/menu-link-block.js"])


register(MenuLinkBlockAdapter(), MenuLinkBlock)


class ThirdLevelItemBlock(MenuLinkBlock):
    class Meta:
        label = _("Item (third level)")


class SecondLevelItemBlock(MenuLinkBlock):
    children = blocks.ListBlock(
        ThirdLevelItemBlock(), label=_("items below it"), default=[], min_num=0, collapsed=True
    )

    class Meta:
        label = _("Item (second level)")


class TopLevelItemBlock(MenuLinkBlock):
    children = blocks.ListBlock(
        SecondLevelItemBlock(), label=_("items below it"), default=[], min_num=0, collapsed=True
    )

    class Meta:
        label = _("Menu item")


def _targets(items, found):
    for item in items:
        for name in TARGET_FIELDS:
            target = item.get(name)
            if target:
                found.append((name, getattr(target, "pk", target)))
        _targets(item.get("children") or [], found)
    return found


class MenuItemsBlock(blocks.StreamBlock):
    item = TopLevelItemBlock()

    class Meta:
        # Items open collapsed to one line each (label and target), to scan and reorder.
        collapsed = True

    def clean(self, value):
        value = super().clean(value)
        targets = _targets([child.value for child in value], [])
        repeated = {target for target in targets if targets.count(target) > 1}
        if repeated:
            raise StreamBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(_("The same page, document or address appears twice."))]
                )
            )
        return value
