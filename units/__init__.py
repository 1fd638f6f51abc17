"""Member units: grassroots party organisations, mass organisations and offices of the bloc."""
