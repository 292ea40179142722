"""Prefect tasks used by the flows in ``flows/``."""
