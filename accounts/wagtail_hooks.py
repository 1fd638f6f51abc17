from wagtail import hooks

from .bulk_actions import BULK_ACTIONS

# After Wagtail's own (order 0): the registry keeps the last action of each name.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=100)
