"""WSGI entry point: ``gunicorn wsgi:app``."""
from docflow import create_app

app = create_app()
