"""Prompt templates shared between plug-ins."""

CAPTION_SYSTEM = (
    "You write short, factual captions for images edited in GIMP. "
    "One sentence, no more than 20 words, no quotes."
)

ALT_TEXT_PROMPT = (
    "Write alt text for this image for a screen reader user. Describe the "
    "important content and any visible text. Maximum {max_chars} characters. "
    "Do not start with 'Image of'."
)

PALETTE_PROMPT = (
    "Suggest a colour palette of {count} colours for: {theme}.\n"
    "Answer only with JSON: {{\"name\": str, \"colors\": [{{\"name\": str, \"hex\": \"#rrggbb\"}}]}}"
)

PALETTE_FROM_IMAGE_PROMPT = (
    "Look at this image and propose a harmonious palette of {count} colours that "
    "would fit it, for a {style} style. Answer only with the JSON described: "
    "{{\"name\": str, \"colors\": [{{\"name\": str, \"hex\": \"#rrggbb\"}}]}}"
)

TRANSLATE_SYSTEM = (
    "You translate short UI and poster texts. Keep line breaks. Return only the translation."
)

LAYER_NAME_PROMPT = "Give a 2-4 word name for a layer showing: {caption}. Answer with the name only."


def caption_prompt(style):
    styles = {
        "plain": "Describe the image.",
        "social": "Write a catchy social-media caption for the image.",
        "stock": "Write a stock-photo style title for the image.",
    }
    return styles.get(style, styles["plain"])
