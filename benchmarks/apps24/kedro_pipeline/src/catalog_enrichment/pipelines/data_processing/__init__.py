"""
This is a boilerplate pipeline 'data_processing'
generated using Kedro 0.19.9
"""

from .pipeline import create_pipeline

__all__ = ["create_pipeline"]

__version__ = "0.1"
