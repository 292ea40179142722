"""Client library for other teams.

    from gateway.client import GatewayClient

    with GatewayClient("llm-gateway.internal", token=os.environ["GATEWAY_TOKEN"]) as gw:
        print(gw.complete("Say hi")["text"])
"""
from __future__ import annotations

import os
from typing import Any, Callable, Sequence

import rpyc
from rpyc.utils.classic import obtain

DEFAULT_PORT = 18861


class GatewayClient:
    def __init__(self, host: str = "localhost", port: int = DEFAULT_PORT, token: str | None = None,
                 timeout: float = 180) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.timeout = timeout
        self._conn: rpyc.Connection | None = None

    @classmethod
    def from_env(cls) -> "GatewayClient":
        return cls(
            host=os.environ.get("GATEWAY_HOST", "localhost"),
            port=int(os.environ.get("GATEWAY_PORT", DEFAULT_PORT)),
            token=os.environ.get("GATEWAY_TOKEN"),
        )

    def connect(self) -> "GatewayClient":
        self._conn = rpyc.connect(
            self.host, self.port, config={"sync_request_timeout": self.timeout, "allow_public_attrs": True}
        )
        if self.token:
            self._conn.root.login(self.token)
        return self

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "GatewayClient":
        return self.connect()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def root(self):
        if self._conn is None:
            self.connect()
        return self._conn.root

    def complete(self, prompt: str | Sequence[dict], model: str | None = None, backend: str | None = None,
                 system: str | None = None, max_tokens: int | None = None, temperature: float = 0.2) -> dict[str, Any]:
        return obtain(self.root.complete(prompt, model=model, backend=backend, system=system,
                                         max_tokens=max_tokens, temperature=temperature))

    def chat(self, messages: Sequence[dict], **kwargs) -> str:
        return self.complete(list(messages), **kwargs)["text"]

    def stream(self, prompt: str, on_chunk: Callable[[str], None], **kwargs) -> int:
        return self.root.stream(prompt, on_chunk, **kwargs)

    def embed(self, texts: Sequence[str], model: str | None = None, backend: str | None = None) -> list[list[float]]:
        return obtain(self.root.embed(list(texts), model=model, backend=backend))["vectors"]

    def summarise(self, text: str, words: int = 200, style: str | None = None) -> str:
        return self.root.summarise(text, words=words, style=style)

    def classify(self, text: str, labels: Sequence[str]) -> dict:
        return obtain(self.root.classify(text, list(labels)))

    def rerank(self, query: str, documents: Sequence[str], top_n: int = 5) -> list[dict]:
        return obtain(self.root.rerank(query, list(documents), top_n=top_n))


def quick_complete(prompt: str, **kwargs) -> str:
    conn = rpyc.connect(os.environ.get("GATEWAY_HOST", "localhost"), DEFAULT_PORT)
    try:
        return obtain(conn.root.complete(prompt, **kwargs))["text"]
    finally:
        conn.close()


class GatewayPool:
    """Tiny round-robin pool over several gateway replicas.

    The load balancer does not handle long-lived rpyc connections well, so
    heavy users (the indexing team) open one connection per replica.
    """

    def __init__(self, hosts: Sequence[str], port: int = DEFAULT_PORT, token: str | None = None) -> None:
        self._clients = [GatewayClient(h, port, token=token) for h in hosts]
        self._next = 0

    def _pick(self) -> GatewayClient:
        client = self._clients[self._next % len(self._clients)]
        self._next += 1
        return client

    def complete(self, prompt: str, **kwargs) -> dict[str, Any]:
        return self._pick().complete(prompt, **kwargs)

    def embed(self, texts: Sequence[str], **kwargs) -> list[list[float]]:
        return self._pick().embed(texts, **kwargs)

    def close(self) -> None:
        for c in self._clients:
            c.close()
