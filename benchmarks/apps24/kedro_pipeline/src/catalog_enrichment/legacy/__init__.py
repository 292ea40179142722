"""Code lifted from the 2023 enrichment notebooks. Do not add new things here."""
