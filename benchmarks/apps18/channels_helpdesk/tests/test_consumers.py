from types import SimpleNamespace
from unittest import mock

import pytest
from channels.testing import WebsocketCommunicator

from helpdesk import consumers


async def _fake_stream_answer(question, history, locale):
    for piece in ["Hello", " there"]:
        yield piece


@pytest.mark.asyncio
async def test_customer_chat_streams_answer():
    app = consumers.CustomerChatConsumer.as_asgi()
    with mock.patch.object(consumers, "stream_answer", _fake_stream_answer), mock.patch.object(
        consumers, "moderate", return_value=SimpleNamespace(flagged=False, categories=[])
    ):
        comm = WebsocketCommunicator(app, "/ws/chat/abc/")
        comm.scope["url_route"] = {"kwargs": {"session_id": "abc"}}
        connected, _ = await comm.connect()
        assert connected
        await comm.send_json_to({"message": "How do I reset my password?"})
        first = await comm.receive_json_from()
        second = await comm.receive_json_from()
        done = await comm.receive_json_from()
        assert first == {"type": "delta", "text": "Hello"}
        assert second["text"] == " there"
        assert done["type"] == "done"
        await comm.disconnect()


@pytest.mark.asyncio
async def test_live_translate_uses_gemini_stream():
    async def fake_chunks():
        yield SimpleNamespace(text="Hallo")

    fake_gemini = mock.MagicMock()
    fake_gemini.aio.models.generate_content_stream = mock.AsyncMock(return_value=fake_chunks())
    with mock.patch.object(type(consumers.llm), "gemini", new_callable=mock.PropertyMock, return_value=fake_gemini):
        comm = WebsocketCommunicator(consumers.LiveTranslateConsumer.as_asgi(), "/ws/translate/")
        await comm.connect()
        await comm.send_json_to({"text": "Hello", "target": "nl"})
        assert (await comm.receive_json_from())["text"] == "Hallo"
        fake_gemini.aio.models.generate_content_stream.assert_awaited_once()
        await comm.disconnect()
