# Code from the 1st-gen functions (2022). Kept because scripts/backfill_descriptions.py
# still uses the v0 prompt + embedding path for the "classic" listings. Do not add to it.
