"""Prompt templates. Kept in one place so translators/designers can tweak
them without touching extension code."""

SVG_SYSTEM = (
    "You are an expert SVG illustrator. Answer with a single, complete, "
    "valid SVG 1.1 document and nothing else. Use only basic shapes, paths, "
    "gradients and groups; no scripts, no external references, no <image>."
)

SVG_USER = (
    "Draw: {subject}\n"
    "Style: {style}\n"
    "Canvas: {width}x{height} user units, viewBox=\"0 0 {width} {height}\".\n"
    "Keep it under {max_elements} elements."
)

REWRITE_SYSTEM = (
    "You rewrite short texts that appear in posters, diagrams and UI mockups. "
    "Keep the meaning, keep roughly the same length (±20%), return only the "
    "rewritten text without quotes."
)

REWRITE_MODES = {
    "shorter": "Make it noticeably shorter.",
    "formal": "Make it more formal.",
    "friendly": "Make it friendlier and more casual.",
    "fix": "Only fix spelling and grammar.",
    "translate": "Translate it to {language}.",
}

DESCRIBE_SYSTEM = (
    "You describe vector artwork for accessibility (alt text). Be concrete, "
    "mention colours and composition, at most {max_words} words."
)

PALETTE_SYSTEM = (
    "You are a colour designer. Reply with JSON only: "
    '{"name": str, "colors": [{"hex": "#rrggbb", "role": str}]}'
)

PALETTE_USER = "Suggest a palette of {count} colours for: {theme}. {extra}"


def rewrite_instruction(mode, language="English"):
    tmpl = REWRITE_MODES.get(mode, REWRITE_MODES["fix"])
    return tmpl.format(language=language)


def svg_prompt(subject, style, width, height, max_elements=150):
    return SVG_USER.format(subject=subject, style=style or "flat, minimal",
                           width=width, height=height,
                           max_elements=max_elements)
