from unittest.mock import MagicMock, patch

import numpy as np

from napari_scope_assist._history import Conversation, ConversationStore


def test_conversation_create_and_chat():
    conv = Conversation.create("t")
    conv.chat("user", "hello")
    assert conv.as_messages() == [{"role": "user", "content": "hello"}]


def test_store():
    s = ConversationStore()
    c = s.create()
    assert s.get(c.id) is c


def test_annotate_widget(make_napari_viewer, fake_openai):
    viewer = make_napari_viewer()
    viewer.add_image(np.random.random((32, 32)))
    with patch("napari_scope_assist._widget.get_anthropic_client", return_value=MagicMock()), patch(
        "napari_scope_assist._llm.openai_backend.get_openai_client", return_value=fake_openai
    ):
        from napari_scope_assist._widget import AnnotateWidget

        w = AnnotateWidget(viewer)
    assert w.provider_box.count() >= 1
