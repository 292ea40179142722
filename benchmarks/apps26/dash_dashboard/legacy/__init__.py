"""Code from the first (Streamlit) version of the dashboard.

Still imported by scripts/weekly_digest.py --legacy and the monthly export job,
which run in their own virtualenv pinned to openai==0.28. Do not add new code here.
"""
