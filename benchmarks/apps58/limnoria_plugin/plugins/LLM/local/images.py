"""!imagine <prompt> -- ops only, costs real money."""

import logging
import os

from openai import OpenAI, BadRequestError

log = logging.getLogger("supybot.plugins.LLM.images")

_client = None


def _get_client(api_key=None):
    global _client
    if _client is None:
        _client = OpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"))
    return _client


def imagine(prompt, api_key=None, size="1024x1024"):
    client = _get_client(api_key)
    try:
        result = client.images.generate(
            model="dall-e-3",
            prompt=prompt,
            size=size,
            quality="standard",
            n=1,
        )
    except BadRequestError as e:
        log.info("image prompt rejected: %s", e)
        return None, "Prompt was rejected by the content filter."
    image = result.data[0]
    return image.url, image.revised_prompt
