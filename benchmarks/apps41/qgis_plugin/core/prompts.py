"""Prompt templates and helpers shared by the dock, dialogs and algorithms."""
import json

SYSTEM_DESCRIBE = (
    "You are a GIS analyst. Write a concise, factual description of a vector "
    "layer for its metadata abstract. Mention geometry type, extent, CRS and "
    "the meaning of the most important fields. Do not invent values."
)

SYSTEM_EXPRESSION = (
    "You write QGIS expressions. Answer with a single expression and nothing "
    "else. Use double quotes for field names and single quotes for strings. "
    "Only use functions that exist in QGIS 3.x."
)

SYSTEM_LABEL = (
    "You label map features. For each feature you get its attributes as JSON. "
    "Answer with a short label (max 6 words) for each, one JSON array of strings, "
    "in the same order."
)

SYSTEM_CLASSIFY = (
    "Assign each feature to exactly one of the given categories. Answer with a "
    "JSON object mapping feature id to category."
)

MAX_SAMPLE_FEATURES = 20


def layer_context(summary):
    """Render a LayerSummary (see core.layer_summary) as prompt text."""
    lines = [
        "Layer name: {}".format(summary.name),
        "Geometry: {}".format(summary.geometry_type),
        "CRS: {}".format(summary.crs),
        "Feature count: {}".format(summary.feature_count),
        "Extent: {}".format(summary.extent),
        "Fields:",
    ]
    for field in summary.fields:
        lines.append("  - {name} ({type}) e.g. {examples}".format(**field))
    return "\n".join(lines)


def describe_prompt(summary, language="English"):
    return "{}\n\nWrite the description in {}.".format(layer_context(summary), language)


def expression_prompt(request, fields):
    field_list = ", ".join('"{}"'.format(f) for f in fields)
    return "Available fields: {}\n\nTask: {}".format(field_list, request)


def label_prompt(rows):
    return "Features:\n" + "\n".join(json.dumps(r, default=str) for r in rows)


def classify_prompt(rows, categories):
    return "Categories: {}\n\n{}".format(", ".join(categories), label_prompt(rows))


def chat_messages(system, user, history=None):
    """OpenAI/Mistral/Ollama style message list."""
    messages = [{"role": "system", "content": system}]
    for turn in history or []:
        messages.append({"role": turn["role"], "content": turn["content"]})
    messages.append({"role": "user", "content": user})
    return messages


def anthropic_messages(user, history=None):
    """Anthropic takes the system prompt separately."""
    messages = [dict(t) for t in (history or []) if t["role"] != "system"]
    messages.append({"role": "user", "content": user})
    return messages


def strip_code_fence(text):
    text = (text or "").strip()
    if text.startswith("```"):
        text = text.strip("`")
        if "\n" in text:
            first, rest = text.split("\n", 1)
            if first.strip().lower() in ("", "sql", "qgis", "expression", "json"):
                text = rest
    return text.strip().strip("`").strip()


def parse_json_list(text, expected):
    try:
        data = json.loads(strip_code_fence(text))
    except ValueError:
        return [""] * expected
    if not isinstance(data, list):
        return [""] * expected
    data = [str(x) for x in data][:expected]
    return data + [""] * (expected - len(data))
