"""Tests for vision_describe.ImageDescriber."""

from __future__ import annotations

from unittest.mock import MagicMock

import pytest

from custom_components.vision_describe.describer import ImageDescriber

pytestmark = pytest.mark.asyncio

JPEG = b"\xff\xd8\xff\xe0" + b"0" * 100


def _describer(hass, provider, client, **options):
    return ImageDescriber(
        hass, provider=provider, client=client, model="test-model", http=MagicMock(), host=None, options=options
    )


async def test_anthropic_image_block(hass, mock_anthropic_client) -> None:
    describer = _describer(hass, "anthropic", mock_anthropic_client)
    text = await describer.async_describe(JPEG)
    assert text == "A person at the door."
    kwargs = mock_anthropic_client.messages.create.call_args.kwargs
    assert kwargs["messages"][0]["content"][0]["source"]["media_type"] == "image/jpeg"


async def test_openai_data_url(hass, mock_openai_client) -> None:
    describer = _describer(hass, "openai", mock_openai_client, max_tokens=50)
    assert await describer.async_describe(JPEG, extra="Is the gate open?") == "A cat on the porch."
    mock_openai_client.chat.completions.create.assert_awaited_once()
    sent = mock_openai_client.chat.completions.create.await_args.kwargs
    assert sent["max_tokens"] == 50
    assert sent["messages"][0]["content"][1]["image_url"]["url"].startswith("data:image/jpeg;base64,")
