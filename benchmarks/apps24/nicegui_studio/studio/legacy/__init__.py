"""Code from the 2023 Streamlit prototype. Still imported by /legacy and the
export script; don't add new features here."""
