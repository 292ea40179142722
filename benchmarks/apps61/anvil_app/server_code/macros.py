"""Canned replies ("macros"). No LLM in here – just templating."""
import string

import anvil.server
from anvil.tables import app_tables

from .utils import require_agent


class Macro:
    def __init__(self, name, template):
        self.name = name
        self.template = template

    @classmethod
    def create(cls, name, template):
        row = app_tables.macros.get(name=name)
        if row is None:
            row = app_tables.macros.add_row(name=name, template=template)
        else:
            row["template"] = template
        return cls(row["name"], row["template"])

    def render(self, **values):
        return string.Template(self.template).safe_substitute(**values)


class MacroLibrary:
    def get(self, name):
        row = app_tables.macros.get(name=name)
        if row is None:
            raise KeyError(name)
        return Macro(row["name"], row["template"])

    def all(self):
        return [Macro(r["name"], r["template"]) for r in app_tables.macros.search()]


@anvil.server.callable
@require_agent
def list_macros():
    return [m.name for m in MacroLibrary().all()]


@anvil.server.callable
@require_agent
def save_macro(name, template):
    macro = Macro.create(name, template)
    return macro.name
