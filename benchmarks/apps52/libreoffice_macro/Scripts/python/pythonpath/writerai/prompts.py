"""Prompt templates. Keep them short: users pay per token."""

REWRITE_STYLES = {
    "clearer": "Rewrite the text so it is clearer and more concise. Keep the meaning.",
    "formal": "Rewrite the text in a formal, professional register.",
    "friendly": "Rewrite the text in a warm, friendly tone.",
    "shorter": "Shorten the text to about half its length without losing key facts.",
    "grammar": "Fix spelling and grammar only. Do not change wording otherwise.",
}

SUMMARY_SYSTEM = (
    "You summarise documents for busy readers. Answer with a short title line, then "
    "3 to 7 bullet points. Do not invent facts."
)

TRANSLATE_SYSTEM = (
    "You are a professional translator. Translate the user's text into {language}. "
    "Preserve line breaks and any placeholders like {{name}}. Output only the translation."
)

CELL_SYSTEM = (
    "You fill spreadsheet cells. Answer with the cell value only: no quotes, no explanation, "
    "no trailing punctuation unless it is part of the value."
)


def rewrite_prompt(style, text):
    instruction = REWRITE_STYLES.get(style, REWRITE_STYLES["clearer"])
    return f"{instruction}\n\n---\n{text}\n---"


def cell_prompt(template, row_values):
    out = template
    for i, value in enumerate(row_values):
        out = out.replace("{%s}" % chr(ord("A") + i), str(value))
    return out


def summary_chunk_prompt(chunk, index, total):
    return f"Part {index + 1} of {total}. Summarise this part:\n\n{chunk}"
