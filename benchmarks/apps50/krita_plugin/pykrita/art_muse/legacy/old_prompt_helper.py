# Ported from krita-sd-helper 0.3. Uses the module-level openai client.
# TODO: delete once the "Classic prompt" button is gone (see #27).
import os

import anthropic
import openai

from krita import Krita

openai.api_key = Krita.instance().readSetting("art_muse", "openai_api_key", "") or os.environ.get("OPENAI_API_KEY")

STYLES = {
    "oil": "oil painting, impasto, visible brush strokes",
    "ink": "ink wash, sumi-e, expressive lines",
    "pixel": "pixel art, 32 colour palette, crisp edges",
}


def enhance_prompt(text, style="oil"):
    suffix = STYLES.get(style, "")
    response = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Improve this Stable Diffusion prompt. Answer with the prompt only."},
            {"role": "user", "content": text + ", " + suffix},
        ],
    )
    return response.choices[0].message.content


def enhance_prompt_claude(text):
    # legacy text-completions API; Claude 2 era
    client = anthropic.Anthropic(api_key=Krita.instance().readSetting("art_muse", "anthropic_api_key", ""))
    resp = client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=200,
        prompt=f"{anthropic.HUMAN_PROMPT} Improve this image prompt: {text}{anthropic.AI_PROMPT}",
    )
    return resp.completion.strip()


def split_tags(prompt):
    return [t.strip() for t in prompt.split(",") if t.strip()]
