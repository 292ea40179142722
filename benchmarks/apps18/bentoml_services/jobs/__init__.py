"""Batch jobs. Run with ``python -m jobs.<name>``; scheduled from Airflow (dags repo)."""
