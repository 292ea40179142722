"""System prompts and instruction templates."""

PROMPT_WRITER_SYSTEM = (
    "You write prompts for text-to-image models. Given a painter's rough note, "
    "return ONE prompt of at most 70 words: subject, composition, lighting, palette, "
    "medium and mood. No preamble, no quotes."
)

NEGATIVE_WRITER_SYSTEM = (
    "Given an image prompt, list things the image model should avoid, as a comma "
    "separated list of at most 12 short items."
)

DESCRIBE_LAYER = (
    "Describe this painting layer in 2-3 sentences for the artist's notes: what is "
    "depicted, the dominant colours and the apparent technique."
)

CRITIQUE_LAYER = (
    "You are a friendly art teacher. Look at this work-in-progress and give three "
    "concrete suggestions about composition, values and colour harmony. Be brief."
)

STYLE_GUIDE_SYSTEM = (
    "You maintain a style guide for an illustration project. Summarise the common "
    "visual language of the prompts you are given as 5 bullet points."
)

TITLE_SYSTEM = "Suggest a short evocative title (max 6 words) for an artwork described as follows."


def fill(template: str, **kwargs) -> str:
    try:
        return template.format(**kwargs)
    except (KeyError, IndexError):
        return template
