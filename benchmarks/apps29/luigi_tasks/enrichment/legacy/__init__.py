"""Pre-Luigi code kept for the 2022 backlist reprocessing.  Do not extend."""
