from unittest import mock

from tests.fakes import FakeMessage
from worker import handlers
from worker.handlers import HANDLERS, WorkerContext


def _ctx(settings, fake_openai, fake_cohere, fake_replicate):
    return WorkerContext(settings=settings, openai=fake_openai, azure=fake_openai,
                         cohere=fake_cohere, replicate=fake_replicate)


def test_release_notes_untracked_path(settings, fake_openai, fake_cohere, fake_replicate):
    ctx = _ctx(settings, fake_openai, fake_cohere, fake_replicate)
    body = {"version": "v1.3.0", "previous": "v1.2.3", "tracked": False,
            "commits": [{"sha": "a" * 40, "subject": "feat: x", "author": "ana"}]}
    out = HANDLERS["ops.release_notes"](body, ctx)
    assert out["notes"] == "- fixed the thing"


def test_banner_handler(settings, fake_openai, fake_cohere, fake_replicate):
    ctx = _ctx(settings, fake_openai, fake_cohere, fake_replicate)
    out = handlers.banner({"version": "v2"}, ctx)
    assert out["urls"] == ["https://replicate.delivery/fake.png"]


def test_on_message_acks(settings, fake_openai, fake_cohere, fake_replicate):
    with mock.patch("worker.consumer.get_openai", return_value=fake_openai), \
         mock.patch("worker.consumer.get_azure_openai", return_value=fake_openai), \
         mock.patch("worker.consumer.get_cohere", return_value=fake_cohere), \
         mock.patch("worker.consumer.get_replicate", return_value=fake_replicate):
        from worker.consumer import OpsWorker

        w = OpsWorker(connection=mock.Mock(), settings=settings)
    msg = FakeMessage("ops.embeddings")
    w.on_message({"texts": ["a", "b"]}, msg)
    assert msg.acked


def test_unknown_key_rejected(settings, fake_openai, fake_cohere, fake_replicate):
    with mock.patch("worker.consumer.get_openai", return_value=fake_openai), \
         mock.patch("worker.consumer.get_azure_openai", return_value=fake_openai), \
         mock.patch("worker.consumer.get_cohere", return_value=fake_cohere), \
         mock.patch("worker.consumer.get_replicate", return_value=fake_replicate):
        from worker.consumer import OpsWorker

        w = OpsWorker(connection=mock.Mock(), settings=settings)
    msg = FakeMessage("ops.nope")
    w.on_message({}, msg)
    assert msg.rejected
