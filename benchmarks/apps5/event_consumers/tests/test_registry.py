from core.consumer import REGISTRY, Consumer, handles


def test_handles_registers_topic():
    @handles("test.topic.one")
    class _Handler(Consumer):
        def handle(self, message):
            return message

    try:
        assert REGISTRY["test.topic.one"] is _Handler
        assert _Handler.topic == "test.topic.one"
    finally:
        REGISTRY.pop("test.topic.one", None)
