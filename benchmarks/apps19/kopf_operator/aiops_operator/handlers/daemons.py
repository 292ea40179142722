"""Streaming PromptJobs: a daemon per job with spec.stream=true.

The daemon streams tokens and flushes progress into .status every few seconds
so `kubectl get pj -w` shows something while long generations run.
"""
from __future__ import annotations

import asyncio
import time

import kopf

from aiops_operator.constants import GROUP, PHASE_FAILED, PHASE_RUNNING, PHASE_SUCCEEDED, PROMPTJOBS, VERSION
from aiops_operator.kube import custom_objects

FLUSH_EVERY = 5.0


def _is_streaming(spec, status, **_) -> bool:
    return bool(spec.get("stream")) and (status or {}).get("phase") not in (PHASE_SUCCEEDED, PHASE_FAILED)


async def _patch_status(namespace: str, name: str, status: dict) -> None:
    await asyncio.to_thread(
        custom_objects().patch_namespaced_custom_object_status,
        GROUP,
        VERSION,
        namespace,
        PROMPTJOBS,
        name,
        {"status": status},
    )


@kopf.daemon(GROUP, VERSION, PROMPTJOBS, when=_is_streaming, cancellation_timeout=10)
async def stream_prompt_job(spec, name, namespace, memo: kopf.Memo, stopped: kopf.DaemonStopped, logger, **_):
    provider = spec.get("provider", "litellm")
    model = spec["model"]
    messages = [{"role": "user", "content": spec["prompt"]}]
    if spec.get("system"):
        messages.insert(0, {"role": "system", "content": spec["system"]})

    buffer: list[str] = []
    last_flush = time.monotonic()
    await _patch_status(namespace, name, {"phase": PHASE_RUNNING, "streamedChars": 0})

    async with memo.job_semaphore:
        try:
            if provider == "watsonx":
                # ibm-watsonx-ai only has a sync generator; consume it in a thread
                def _consume() -> None:
                    for chunk in memo.watsonx_chat.chat_stream(messages=messages, params={"max_tokens": 2048}):
                        if stopped:
                            break
                        if chunk.get("choices"):
                            buffer.append(chunk["choices"][0]["delta"].get("content", ""))

                await asyncio.to_thread(_consume)
            else:
                response = await memo.router.acompletion(
                    model=model,
                    messages=messages,
                    stream=True,
                    stream_options={"include_usage": True},
                )
                async for chunk in response:
                    if stopped:
                        logger.info("daemon stopped mid-stream (%s)", stopped.reason)
                        return
                    if chunk.choices and chunk.choices[0].delta.content:
                        buffer.append(chunk.choices[0].delta.content)
                    if time.monotonic() - last_flush > FLUSH_EVERY:
                        await _patch_status(namespace, name, {"streamedChars": sum(map(len, buffer))})
                        last_flush = time.monotonic()
        except Exception as exc:
            await _patch_status(namespace, name, {"phase": PHASE_FAILED, "message": str(exc)[:500]})
            raise kopf.PermanentError(str(exc)) from exc

    text = "".join(buffer)
    await _patch_status(
        namespace,
        name,
        {"phase": PHASE_SUCCEEDED, "streamedChars": len(text), "output": {"preview": text[:2000]}},
    )
    # keep the daemon parked until the job is deleted; `when` filter stops it re-spawning
    await stopped.wait()
