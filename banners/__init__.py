"""Banners as moderated snippets that cannot be published without content."""
