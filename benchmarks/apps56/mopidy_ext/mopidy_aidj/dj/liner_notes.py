"""Liner notes: long-form write-ups for an album, streamed from Cohere."""

import logging

from ..llm import cohere_client

logger = logging.getLogger(__name__)


def album_notes(ext_config, album, tracks):
    co = cohere_client(ext_config)
    tracklist = "\n".join(f"{i + 1}. {t.name}" for i, t in enumerate(tracks))
    parts = []
    for event in co.chat_stream(
        model=ext_config["cohere_model"],
        messages=[
            {
                "role": "user",
                "content": f"Write liner notes for the album {album.name}.\n{tracklist}",
            }
        ],
    ):
        if event.type == "content-delta":
            parts.append(event.delta.message.content.text)
    return "".join(parts)


def notes_token_count(ext_config, text):
    co = cohere_client(ext_config)
    return len(co.tokenize(text=text, model=ext_config["cohere_model"]).tokens)
