"""Vendor SDK clients and the send path."""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class Reply:
    text: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    finish_reason: Optional[str] = None
    cost: float = 0.0
    raw: Any = None
    tool_calls: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens
