import pytest

from zmq_workers.framing import FramingError, W_READY, describe, pack, split_envelope, unpack
from zmq_workers.protocol import Job


def test_roundtrip_msgpack():
    job = Job.create("summarize", text="hello", max_words=10)
    assert unpack(pack(job.to_dict()))["payload"]["text"] == "hello"


def test_roundtrip_json():
    data = {"a": 1, "b": [1, 2]}
    assert unpack(pack(data, "json"), "json") == data


def test_split_envelope():
    env, body = split_envelope([b"id1", b"", b"payload"])
    assert env == [b"id1"] and body == [b"payload"]


def test_split_envelope_missing_delimiter():
    with pytest.raises(FramingError):
        split_envelope([b"id1", b"payload"])


def test_describe_names_commands():
    assert "READY" in describe([b"", W_READY])
