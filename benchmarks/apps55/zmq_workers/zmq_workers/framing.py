"""Wire framing: msgpack (default) or JSON payloads inside multipart frames."""
from __future__ import annotations

import json
from typing import Any

import msgpack

MDP_CLIENT = b"ZJC01"
MDP_WORKER = b"ZJW01"

# worker commands
W_READY = b"\x01"
W_REQUEST = b"\x02"
W_REPLY = b"\x03"
W_HEARTBEAT = b"\x04"
W_DISCONNECT = b"\x05"

COMMAND_NAMES = {
    W_READY: "READY",
    W_REQUEST: "REQUEST",
    W_REPLY: "REPLY",
    W_HEARTBEAT: "HEARTBEAT",
    W_DISCONNECT: "DISCONNECT",
}


class FramingError(ValueError):
    pass


def pack(obj: Any, serializer: str = "msgpack") -> bytes:
    if serializer == "json":
        return json.dumps(obj, separators=(",", ":"), default=str).encode("utf-8")
    return msgpack.packb(obj, use_bin_type=True, default=str)


def unpack(data: bytes, serializer: str = "msgpack") -> Any:
    try:
        if serializer == "json" or data[:1] in (b"{", b"["):
            return json.loads(data.decode("utf-8"))
        return msgpack.unpackb(data, raw=False)
    except (ValueError, msgpack.ExtraData, msgpack.FormatError) as exc:
        raise FramingError(f"cannot decode payload: {exc}") from exc


def split_envelope(frames: list[bytes]) -> tuple[list[bytes], list[bytes]]:
    """Split a ROUTER message into (envelope, body) at the first empty delimiter."""
    try:
        idx = frames.index(b"")
    except ValueError as exc:
        raise FramingError("missing empty delimiter frame") from exc
    return frames[:idx], frames[idx + 1:]


def describe(frames: list[bytes]) -> str:
    parts = []
    for f in frames:
        if f in COMMAND_NAMES:
            parts.append(COMMAND_NAMES[f])
        elif len(f) <= 16:
            parts.append(f.hex() if not f.isascii() else f.decode("ascii", "replace"))
        else:
            parts.append(f"<{len(f)} bytes>")
    return " | ".join(parts)
