"""Helpers to fan work out over a pool of vendor workers."""
import logging
from typing import Callable, Dict, Iterable, Iterator, List

import ray
from ray.util import ActorPool

from actors.fireworks_worker import FireworksWorker

logger = logging.getLogger(__name__)


def make_fireworks_pool(model: str, size: int = 16, max_tokens: int = 512) -> ActorPool:
    workers = [FireworksWorker.remote(model, max_tokens=max_tokens) for _ in range(size)]
    ray.get([w.ready.remote() for w in workers])
    return ActorPool(workers)


def run_chat(pool: ActorPool, items: Iterable[Dict]) -> Iterator[Dict]:
    """Yields results as they finish (order not preserved)."""
    return pool.map_unordered(lambda actor, item: actor.chat.remote(item), items)


def run_completions(pool: ActorPool, prompts: List[str], on_result: Callable[[Dict], None]) -> int:
    """Bounded-inflight variant used when the caller streams results to disk."""
    pending = 0
    done = 0
    for prompt in prompts:
        pool.submit(lambda actor, p: actor.complete.remote(p), prompt)
        pending += 1
        while not pool.has_free():
            on_result(pool.get_next_unordered())
            pending -= 1
            done += 1
    while pool.has_next():
        on_result(pool.get_next_unordered())
        done += 1
    logger.info("completed %d prompts", done)
    return done


def pool_stats(pool: ActorPool) -> List[Dict[str, int]]:
    # ActorPool doesn't expose its actors publicly; _idle_actors is stable across 2.x
    actors = list(pool._idle_actors)
    return ray.get([a.stats.remote() for a in actors])
