"""The home page and the organisation's standing pages: introduction, contact, English."""
