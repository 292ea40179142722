"""Pre-4.0 code kept for the ST3 branch (``st3`` tag). Not imported by ai_companion."""
