"""Writer: export points/shapes annotations (with captions) as JSON."""
from __future__ import annotations

import json
from typing import Any


def write_annotations(path: str, layer_data: list[tuple[Any, dict, str]]) -> list[str]:
    out = []
    for data, meta, layer_type in layer_data:
        item = {
            "name": meta.get("name"),
            "type": layer_type,
            "caption": meta.get("metadata", {}).get("caption"),
            "properties": {k: list(map(str, v)) for k, v in meta.get("properties", {}).items()},
        }
        if layer_type == "points":
            item["coords"] = [list(map(float, row)) for row in data]
        else:
            item["shapes"] = [[list(map(float, v)) for v in shape] for shape in data]
        out.append(item)
    with open(path, "w") as fh:
        json.dump(out, fh, indent=2)
    return [path]
