"""Minimal service framework on top of nats-py."""
from svc.config import Settings, get_settings
from svc.service import Service, rpc
from svc.codec import decode, encode, error_reply

__all__ = ["Service", "rpc", "Settings", "get_settings", "encode", "decode", "error_reply"]
