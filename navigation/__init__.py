"""Menus editors manage: main navigation, footer, quick links; never a dead entry."""
