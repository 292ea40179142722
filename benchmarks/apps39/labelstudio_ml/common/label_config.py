"""Helpers around the parsed labeling config (older backends use these
instead of ``self.label_interface``)."""
from typing import Dict, List, Optional, Tuple


def first_control(parsed_label_config: Dict, control_type: str) -> Optional[Tuple[str, Dict]]:
    for from_name, info in (parsed_label_config or {}).items():
        if info.get("type", "").lower() == control_type.lower():
            return from_name, info
    return None


def control_names(parsed_label_config: Dict, control_type: str) -> Tuple[str, str, List[str], str]:
    found = first_control(parsed_label_config, control_type)
    if not found:
        raise ValueError(f"labeling config has no <{control_type}> control")
    from_name, info = found
    to_name = info["to_name"][0]
    value = info["inputs"][0]["value"]
    labels = list(info.get("labels", []))
    return from_name, to_name, labels, value


def task_text(task: Dict, value_key: str) -> str:
    data = task.get("data", {})
    text = data.get(value_key)
    if text is None and len(data) == 1:
        text = next(iter(data.values()))
    return str(text or "")
