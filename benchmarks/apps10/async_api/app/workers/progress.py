"""Progress bookkeeping for long jobs, shown in the admin console."""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field

from app.cache import get_redis


@dataclass
class JobProgress:
    job: str
    total: int
    done: int = 0
    failed: int = 0
    started_at: float = field(default_factory=time.time)

    def completion(self) -> float:
        return 0.0 if self.total == 0 else round((self.done + self.failed) / self.total, 4)

    def advance(self, ok: bool = True, n: int = 1) -> None:
        if ok:
            self.done += n
        else:
            self.failed += n

    async def publish(self) -> None:
        data = asdict(self)
        data["completion"] = self.completion()
        await get_redis().set(f"helpdesk:progress:{self.job}", json.dumps(data), ex=24 * 3600)
