"""Provider adapter interface."""
from __future__ import annotations

import abc
import logging
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar, Dict, Iterable, List, Optional, Union

from labelkit import prompts
from labelkit.ratelimit import NullLimiter
from labelkit.spec import JobSpec

Label = Union[str, List[str], Dict[str, Any]]


@dataclass
class LabelResult:
    item_id: str
    label: Optional[Label]
    model: str
    provider: str
    raw: str = ""
    confidence: Optional[float] = None
    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    latency_ms: Optional[int] = None
    error: Optional[str] = None
    meta: Dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.label is not None


class ProviderAdapter(abc.ABC):
    """One adapter per provider; instantiated once per job by :func:`labelkit.plugins.load_adapter`."""

    name: ClassVar[str] = "base"
    supports_async: ClassVar[bool] = False

    def __init__(self, spec: JobSpec, client: Any = None, limiter=None) -> None:
        self.spec = spec
        self.client = client
        self.limiter = limiter or NullLimiter()
        self.log = logging.getLogger(f"labelkit.plugins.{self.name}")

    # -- helpers ---------------------------------------------------------
    def item_text(self, item: Dict[str, Any]) -> str:
        return str(item.get(self.spec.text_field, ""))

    def item_id(self, item: Dict[str, Any]) -> str:
        return str(item.get(self.spec.id_field, ""))

    def messages_for(self, item: Dict[str, Any]):
        return prompts.build_messages(self.spec, self.item_text(item))

    def to_result(self, item: Dict[str, Any], raw: str, started: float, **kw) -> LabelResult:
        if self.spec.task == "extract":
            label: Optional[Label] = raw.strip()
        else:
            label = prompts.parse_label(raw, self.spec.labels, multi=self.spec.multi_label)
        return LabelResult(
            item_id=self.item_id(item),
            label=label,
            model=self.spec.model,
            provider=self.name,
            raw=raw,
            latency_ms=int((time.perf_counter() - started) * 1000),
            **kw,
        )

    # -- interface -------------------------------------------------------
    @abc.abstractmethod
    def label(self, item: Dict[str, Any]) -> LabelResult:
        """Label one item. Raise RetryableError for transient failures."""

    def label_many(self, items: Iterable[Dict[str, Any]]) -> List[LabelResult]:
        return [self.label(item) for item in items]

    def estimate_tokens(self, item: Dict[str, Any]) -> Optional[int]:
        """Prompt token estimate for ``labelkit validate``; None when the provider can't tell us."""
        return None

    def close(self) -> None:
        closer = getattr(self.client, "close", None)
        if callable(closer):
            try:
                closer()
            except Exception:  # noqa: BLE001
                self.log.debug("ignoring error while closing client", exc_info=True)
