"""Pre-2024 code kept alive for the old Zendesk sync. Do not add to this."""
