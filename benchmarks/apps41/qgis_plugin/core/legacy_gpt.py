"""Original 0.5.x helpers, kept for the 'Quick describe' menu entry.

TODO(martin): port quick_describe to core.backends and delete this module.
"""
import os

import openai
from openai import OpenAI

from .settings import api_key_for, ollama_host, value

openai.api_key = api_key_for("openai") or os.environ.get("OPENAI_API_KEY")


def quick_describe(layer_name, field_names):
    prompt = "Describe the GIS layer '{}' with fields: {}".format(layer_name, ", ".join(field_names))
    completion = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return completion.choices[0].message.content


def is_flagged(text):
    """Screen user supplied prompts before they are stored in project metadata."""
    result = openai.moderations.create(model="omni-moderation-latest", input=text)
    return result.results[0].flagged


def local_quick_describe(layer_name, field_names):
    # Ollama speaks the OpenAI protocol on /v1, this predates the ollama SDK
    client = OpenAI(base_url=ollama_host().rstrip("/") + "/v1", api_key="ollama")
    completion = client.chat.completions.create(
        model=value("models/ollama", "llama3.1:8b"),
        messages=[
            {"role": "user", "content": "Describe the GIS layer '{}' ({}).".format(layer_name, ", ".join(field_names))}
        ],
    )
    return completion.choices[0].message.content


def thumbnail_prompt_image(prompt, size="512x512"):
    """Generates a layer thumbnail for the QGIS browser (experimental)."""
    client = OpenAI(api_key=api_key_for("openai"))
    image = client.images.generate(model="dall-e-3", prompt=prompt, size=size, n=1)
    return image.data[0].url
