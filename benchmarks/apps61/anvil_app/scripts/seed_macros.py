"""Seed the macros table from macros.json (server-side uplink key required)."""
import json
import os
import sys

import anvil.server
from anvil.tables import app_tables


def main(path):
    anvil.server.connect(os.environ["ANVIL_SERVER_UPLINK_KEY"])
    with open(path) as f:
        macros = json.load(f)
    for name, template in macros.items():
        row = app_tables.macros.get(name=name)
        if row:
            row["template"] = template
        else:
            app_tables.macros.add_row(name=name, template=template)
    print(f"seeded {len(macros)} macros")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "macros.json")
