"""Pre-2024 procedures kept for the old mobile app (com.legacy.*).

Do not add anything here.  Remove once mobile 3.x is below 1% of sessions.
"""
