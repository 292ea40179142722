"""Run coroutines from eventlet-based nameko workers.

The tracking stack is asyncio-native (it is shared with the FastAPI reporting app), while
nameko entrypoints are plain functions running in green threads. Each call gets a fresh
loop; this is fine for our call rates.
"""
import asyncio
from typing import Awaitable, TypeVar

T = TypeVar("T")


def run_sync(coro: Awaitable[T]) -> T:
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
