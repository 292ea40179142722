"""Pre-Panel code from the Streamlit prototype (2023). Still imported by the
export script and the "classic" brief; do not extend. Tracked in DESK-412."""
