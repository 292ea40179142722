"""Config flow tests for ai_assist."""

from __future__ import annotations

from unittest.mock import AsyncMock, patch

import openai
import pytest

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType

from custom_components.ai_assist.const import DOMAIN

pytestmark = pytest.mark.asyncio


async def test_openai_flow(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": config_entries.SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"provider": "openai"})
    assert result["step_id"] == "credentials"
    with patch("openai.resources.models.AsyncModels.list", new_callable=AsyncMock) as mock_list:
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {"api_key": "sk-test"})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    mock_list.assert_awaited()


async def test_xai_flow_invalid_auth(hass: HomeAssistant) -> None:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": config_entries.SOURCE_USER})
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {"provider": "xai"})
    err = openai.AuthenticationError(message="bad key", response=AsyncMock(status_code=401), body=None)
    with patch(
        "openai.resources.chat.completions.AsyncCompletions.create", new_callable=AsyncMock, side_effect=err
    ):
        result = await hass.config_entries.flow.async_configure(result["flow_id"], {"api_key": "xai-bad"})
    assert result["errors"] == {"base": "invalid_auth"}
