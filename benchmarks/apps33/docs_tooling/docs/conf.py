# Sphinx configuration for the docs-tooling reference (built with our own extension).
project = "docs-tooling"
author = "Developer Platform"
release = "0.9.3"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx_api_overview",
]

api_overview_backend = "bedrock"
api_overview_fill_docstrings = False
api_overview_max_tokens = 600

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
html_theme = "furo"
exclude_patterns = ["_build"]
