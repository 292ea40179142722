"""Old code paths kept for the 'classic' UI mode. Do not add new features here."""
