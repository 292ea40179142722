"""Collect context from a running kernel (variables, last error) for prompts.

Server side: talks to the kernel over ZMQ through the kernel manager; nothing
here calls a model.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Dict, Optional

log = logging.getLogger(__name__)

_INSPECT_CODE = r"""
def __ai_helpers_inspect():
    import json as _j
    out = {}
    for _k, _v in list(globals().items()):
        if _k.startswith('_') or callable(_v) or _k in ('In', 'Out', 'exit', 'quit', 'get_ipython'):
            continue
        _d = {'type': type(_v).__name__}
        if hasattr(_v, 'shape'):
            _d['shape'] = list(getattr(_v, 'shape'))
        if hasattr(_v, 'columns'):
            _d['columns'] = [str(c) for c in list(_v.columns)[:30]]
        out[_k] = _d
    print(_j.dumps(out))
__ai_helpers_inspect(); del __ai_helpers_inspect
"""


class KernelContext:
    def __init__(self, kernel_manager, kernel_id: str, timeout: float = 5.0):
        self.kernel_manager = kernel_manager
        self.kernel_id = kernel_id
        self.timeout = timeout

    async def _execute(self, code: str) -> Optional[str]:
        km = self.kernel_manager.get_kernel(self.kernel_id)
        client = km.client()
        client.start_channels()
        try:
            await asyncio.wait_for(client._async_wait_for_ready(), self.timeout)
            msg_id = client.execute(code, silent=False, store_history=False)
            chunks = []
            while True:
                msg = await asyncio.wait_for(client._async_get_iopub_msg(), self.timeout)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                if msg["msg_type"] == "stream":
                    chunks.append(msg["content"]["text"])
                elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
            return "".join(chunks)
        except asyncio.TimeoutError:
            log.warning("kernel %s did not answer in %.1fs", self.kernel_id, self.timeout)
            return None
        finally:
            client.stop_channels()

    async def variables(self) -> Dict[str, Any]:
        raw = await self._execute(_INSPECT_CODE)
        if not raw:
            return {}
        try:
            return json.loads(raw.strip().splitlines()[-1])
        except (json.JSONDecodeError, IndexError):
            return {}

    async def run_snippet(self, code: str) -> str:
        """Used by the agent tool loop; output is truncated."""
        out = await self._execute(code)
        return (out or "")[-4000:]

    def as_prompt(self, variables: Dict[str, Any]) -> str:
        lines = []
        for name, info in sorted(variables.items()):
            extra = ""
            if "shape" in info:
                extra += f" shape={tuple(info['shape'])}"
            if "columns" in info:
                extra += f" columns={info['columns']}"
            lines.append(f"- {name}: {info['type']}{extra}")
        return "\n".join(lines) or "(no user variables)"
