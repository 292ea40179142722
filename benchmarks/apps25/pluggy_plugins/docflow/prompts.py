"""Prompt templates (Jinja2), shared by plugins."""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, StrictUndefined

_TEMPLATES: dict[str, str] = {
    "summarize": (
        "{% if document.title %}Title: {{ document.title }}\n{% endif %}"
        "Summarize the following document in at most {{ max_words }} words. "
        "Preserve figures, dates and party names exactly.\n\n"
        "---\n{{ body }}\n---"
    ),
    "map_chunk": (
        "This is part {{ index + 1 }} of {{ total }} of a longer document. "
        "Write dense notes (bullets) capturing every fact.\n\n{{ chunk }}"
    ),
    "reduce": (
        "Combine these partial notes into one summary of at most {{ max_words }} words.\n\n"
        "{% for n in notes %}## Part {{ loop.index }}\n{{ n }}\n\n{% endfor %}"
    ),
}

_env = Environment(undefined=StrictUndefined, autoescape=False, trim_blocks=True)


@lru_cache(maxsize=None)
def _template(name: str):
    return _env.from_string(_TEMPLATES[name])


def render_prompt(name: str, **context) -> str:
    # Template.generate streams pieces; large docs render noticeably faster
    # than .render() with the joined body.
    return "".join(_template(name).generate(**context))


def register_template(name: str, source: str) -> None:
    """Third-party plugins can add templates at configure time."""
    _TEMPLATES[name] = source
    _template.cache_clear()
